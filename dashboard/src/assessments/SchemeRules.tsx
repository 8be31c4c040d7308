import AddIcon from '@mui/icons-material/Add';
import { Box, Button, MenuItem, Stack, TextField } from '@mui/material';
import { useTranslate } from 'react-admin';
import { type Draft, type Errors, freshId, NumberBox, Remove, SectionTitle, type SetIn, TextBox } from './SchemeFields';

const KINDS = ['PER_ITEM', 'RATE_THRESHOLD', 'BONUS'] as const;
const CAUSES = ['LATE', 'MISSING', 'EXCUSED', 'NO_CONTACT', 'RECORD_LATE', 'RECORD_INVALID'] as const;
const METRICS = ['onTimeRate', 'submittedRate', 'complianceRate', 'lateRecordRate'] as const;

/** A new rule of a kind, valid as it stands (the preview runs at once). */
const newRule = (kind: string, id: string, categoryId: string, name: string) => {
  if (kind === 'PER_ITEM') return { kind, id, categoryId, name, cause: 'LATE', pointsEach: 0.5, cap: null };
  if (kind === 'RATE_THRESHOLD') return { kind, id, categoryId, name, metric: 'onTimeRate', bands: [{ atLeast: 1, points: 0 }, { points: 1 }] };
  return { kind, id, categoryId, name, pointsEach: 1, cap: null };
};

/** A select of codes shown by their catalog words. */
const CodeSelect = ({ name, label, value, codes, prefix, onChange, errors, width = 170 }: {
  name: string; label: string; value: string; codes: readonly string[]; prefix: string; onChange: (v: string) => void; errors: Errors; width?: number;
}) => {
  const translate = useTranslate();
  return (
    <TextField select size="small" name={name} label={label} value={value} onChange={(e) => onChange(e.target.value)}
      error={Boolean(errors[name])} helperText={errors[name]} sx={{ width }}>
      {codes.map((c) => <MenuItem key={c} value={c}>{translate(`${prefix}.${c}`)}</MenuItem>)}
    </TextField>
  );
};

/** A rate rule's bands: from / to (percent) → points deducted; the first band that matches counts. */
const Bands = ({ rule, i, set, errors }: { rule: Draft['rules'][number]; i: number; set: SetIn; errors: Errors }) => {
  const translate = useTranslate();
  const l = (k: string) => translate(`app.assessments2.${k}`);
  const bands = rule.bands as { atLeast?: number | null; atMost?: number | null; points: number | null }[];
  return (
    <Box sx={{ pl: 2 }}>
      {bands.map((b, j) => (
        <Stack key={j} direction="row" spacing={1} sx={{ mt: 1, alignItems: 'flex-start' }}>
          <NumberBox path={['rules', i, 'bands', j, 'atLeast']} value={b.atLeast} label={l('atLeast')} set={set} errors={errors} scale={100} />
          <NumberBox path={['rules', i, 'bands', j, 'atMost']} value={b.atMost} label={l('atMost')} set={set} errors={errors} scale={100} />
          <NumberBox path={['rules', i, 'bands', j, 'points']} value={b.points} label={l('bandPoints')} set={set} errors={errors} />
          {bands.length > 1 && <Remove onClick={() => set(['rules', i, 'bands'], bands.filter((_, k) => k !== j))} />}
        </Stack>
      ))}
      <Button size="small" startIcon={<AddIcon />} onClick={() => set(['rules', i, 'bands'], [...bands, { points: 0 }])}>{l('addBand')}</Button>
    </Box>
  );
};

/** The rules of every type, each in its category; the kind decides the boxes shown. */
export const RulesEditor = ({ draft, set, errors }: { draft: Draft; set: SetIn; errors: Errors }) => {
  const translate = useTranslate();
  const l = (k: string) => translate(`app.assessments2.${k}`);
  const categories = draft.categories.map((c) => c.id as string);
  const add = (kind: string) =>
    set(['rules'], [...draft.rules, newRule(kind, freshId('R', draft.rules), categories[0] ?? '', translate(`app.assessments2.kind.${kind}`))]);
  return (
    <>
      <SectionTitle title={l('rules')} error={errors.rules} />
      {draft.rules.map((r, i) => (
        <Box key={i} sx={{ mt: 1, pb: 1, borderBottom: 1, borderColor: 'divider' }} data-testid={`rule-${i}`}>
          <Stack direction="row" spacing={1} useFlexGap sx={{ alignItems: 'flex-start', flexWrap: 'wrap' }}>
            <CodeSelect name={`rules.${i}.kind`} label={l('ruleKind')} value={r.kind} codes={KINDS} prefix="app.assessments2.kind" errors={errors} width={130}
              onChange={(kind) => set(['rules', i], newRule(kind, r.id, r.categoryId, r.name))} />
            <TextBox path={['rules', i, 'id']} value={r.id} label={l('ruleId')} set={set} errors={errors} width={100} />
            <TextBox path={['rules', i, 'name']} value={r.name} label={l('ruleName')} set={set} errors={errors} />
            <TextField select size="small" name={`rules.${i}.categoryId`} label={l('ruleCategory')} value={categories.includes(r.categoryId) ? r.categoryId : ''}
              onChange={(e) => set(['rules', i, 'categoryId'], e.target.value)} error={Boolean(errors[`rules.${i}.categoryId`])}
              helperText={errors[`rules.${i}.categoryId`]} sx={{ width: 150 }}>
              {draft.categories.map((c) => <MenuItem key={c.id} value={c.id}>{c.name}</MenuItem>)}
            </TextField>
            {r.kind === 'PER_ITEM' && (
              <CodeSelect name={`rules.${i}.cause`} label={l('itemCause')} value={r.cause} codes={CAUSES} prefix="app.assessments2.cause" errors={errors} width={230}
                onChange={(v) => set(['rules', i, 'cause'], v)} />
            )}
            {r.kind === 'RATE_THRESHOLD' && (
              <CodeSelect name={`rules.${i}.metric`} label={l('metricLabel')} value={r.metric} codes={METRICS} prefix="app.assessments2.metric" errors={errors} width={120}
                onChange={(v) => set(['rules', i, 'metric'], v)} />
            )}
            {r.kind !== 'RATE_THRESHOLD' && (
              <>
                <NumberBox path={['rules', i, 'pointsEach']} value={r.pointsEach} label={l('pointsEach')} set={set} errors={errors} />
                <NumberBox path={['rules', i, 'cap']} value={r.cap} label={l('cap')} set={set} errors={errors} help={l('noLimit')} />
              </>
            )}
            <Remove onClick={() => set(['rules'], draft.rules.filter((_, j) => j !== i))} />
          </Stack>
          {r.kind === 'RATE_THRESHOLD' && <Bands rule={r} i={i} set={set} errors={errors} />}
        </Box>
      ))}
      <Stack direction="row" spacing={1} sx={{ mt: 1 }}>
        {KINDS.map((kind) => (
          <Button key={kind} size="small" startIcon={<AddIcon />} onClick={() => add(kind)}>
            {translate('app.assessments2.addRuleOf', { kind: translate(`app.assessments2.kind.${kind}`) })}
          </Button>
        ))}
      </Stack>
      <Box sx={{ mt: 2 }}>
        <NumberBox path={['bonusCap']} value={draft.bonusCap} label={l('bonusCap')} set={set} errors={errors} help={l('noLimit')} width={140} />
      </Box>
    </>
  );
};
