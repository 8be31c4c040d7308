import { useEffect, useState } from 'react';
import { Alert, LinearProgress, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { fieldErrorsOf } from '../common/api';
import { postJson } from '../providers/http';
import type { Draft, Errors } from './SchemeFields';

interface PreviewRow {
  unitId: number;
  unitName: string;
  rank: number;
  score: number;
  grade: string;
  currentScore: number | null;
  currentGrade: string | null;
}

/** The draft as the API takes it: optional boxes left empty are left out (null only where a cap allows it). */
export const cleanDraft = (draft: Draft) => ({
  ...draft,
  categories: draft.categories.map(({ weight, ...c }) => (weight === null || weight === undefined ? c : { ...c, weight })),
  rules: draft.rules.map((r) =>
    r.kind !== 'RATE_THRESHOLD' ? r : {
      ...r,
      bands: r.bands.map((b: Record<string, unknown>) => Object.fromEntries(Object.entries(b).filter(([, v]) => v !== null && v !== undefined))),
    }),
});

/** Every unit's score and grade under the draft, asked again half a second after the last change. */
export const usePreview = (year: number, draft: Draft | null) => {
  const [rows, setRows] = useState<PreviewRow[] | null>(null);
  const [errors, setErrors] = useState<Errors>({});
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    if (!draft) return undefined;
    let live = true;
    const timer = setTimeout(async () => {
      setBusy(true);
      try {
        const answer = await postJson<PreviewRow[]>(`/assessments/${year}/scheme/preview`, cleanDraft(draft));
        if (live) {
          setRows(answer);
          setErrors({});
        }
      } catch (e) {
        if (live) setErrors(fieldErrorsOf(e) ?? { _: e instanceof Error ? e.message : '' });
      } finally {
        if (live) setBusy(false);
      }
    }, 500);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [year, draft]);
  return { rows, errors, busy };
};

const delta = (now: number, before: number | null) => {
  if (before === null) return '';
  const d = Math.round((now - before) * 100) / 100;
  return d > 0 ? `+${d}` : d < 0 ? `−${-d}` : '0';
};

/** The preview table: rank, unit, score and grade now and under the draft. */
export const SchemePreview = ({ rows, errors, busy }: ReturnType<typeof usePreview>) => {
  const translate = useTranslate();
  const l = (k: string) => translate(`app.assessments2.${k}`);
  const grade = (g: string | null) => (g ? translate(`app.assessments2.grade.${g}`) : translate('app.none'));
  return (
    <>
      <Typography variant="subtitle1" sx={{ fontWeight: 600 }}>{l('preview')}</Typography>
      {busy ? <LinearProgress aria-label={l('previewing')} /> : <LinearProgress variant="determinate" value={0} sx={{ opacity: 0 }} />}
      {Object.keys(errors).length > 0 && <Alert severity="warning" sx={{ my: 1 }}>{l('previewError')}</Alert>}
      {rows && (
        <Table size="small" data-testid="scheme-preview">
          <TableHead>
            <TableRow>
              {['rank', 'unit', 'currentScore', 'newScore', 'change', 'currentGrade', 'newGrade'].map((k) => <TableCell key={k} sx={{ whiteSpace: 'nowrap' }}>{l(k)}</TableCell>)}
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((r) => (
              <TableRow key={r.unitId} data-unit={r.unitName}>
                <TableCell>{r.rank}</TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{r.unitName}</TableCell>
                <TableCell>{r.currentScore ?? translate('app.none')}</TableCell>
                <TableCell>{r.score}</TableCell>
                <TableCell>{delta(r.score, r.currentScore)}</TableCell>
                <TableCell>{grade(r.currentGrade)}</TableCell>
                <TableCell>{grade(r.grade)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </>
  );
};
