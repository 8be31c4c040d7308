import { Box, Chip, Link, Paper, Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';

export interface ContactSummary {
  id: number;
  name: string;
  post: string | null;
  phone: string | null;
  mobile: string | null;
  email: string | null;
  primary: boolean;
  leader: boolean;
}

const tel = (n: string) => `tel:${n.replace(/[^\d+]/g, '')}`;

/** A unit's contacts as small cards: who, their post, and how to reach them (phone and mail links). */
export const ContactCards = ({ contacts }: { contacts: readonly ContactSummary[] }) => {
  const translate = useTranslate();
  if (contacts.length === 0) {
    return (
      <Typography variant="body2" color="error" data-testid="no-contacts">
        {translate('app.transitions.noContacts')}
      </Typography>
    );
  }
  return (
    <Box sx={{ display: 'grid', gap: 1, gridTemplateColumns: 'repeat(auto-fill, minmax(240px, 1fr))' }} data-testid="contact-cards">
      {contacts.map((c) => (
        <Paper key={c.id} variant="outlined" sx={{ p: 1.25 }}>
          <Stack direction="row" spacing={0.75} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
            <Typography variant="subtitle2">{c.name}</Typography>
            {c.post && <Typography variant="body2" color="text.secondary">{c.post}</Typography>}
            {c.primary && <Chip size="small" label={translate('app.transitions.primary')} />}
            {c.leader && <Chip size="small" variant="outlined" label={translate('app.transitions.leader')} />}
          </Stack>
          <Stack spacing={0.25} sx={{ mt: 0.5 }}>
            {[c.phone, c.mobile].filter((n): n is string => Boolean(n)).map((n) => (
              <Link key={n} href={tel(n)} variant="body2">{n}</Link>
            ))}
            {c.email && <Link href={`mailto:${c.email}`} variant="body2">{c.email}</Link>}
          </Stack>
        </Paper>
      ))}
    </Box>
  );
};
