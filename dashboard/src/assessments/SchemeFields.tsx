import { GRADE_LABELS } from '@credit/contract/labels';
import AddIcon from '@mui/icons-material/Add';
import DeleteIcon from '@mui/icons-material/Delete';
import { Button, IconButton, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';

/** The grades, best first (the contract's labels; the API module would bring zod into the bundle). */
export const GRADE_CODES = Object.keys(GRADE_LABELS) as (keyof typeof GRADE_LABELS)[];

/** The scheme being edited: the API's shape, numbers possibly null while a box is empty. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Draft = { categories: any[]; rules: any[]; bonusCap?: number | null; grades: any[] };
export type Errors = Record<string, string>;
/** Changes the value at a path of the draft (['rules', 2, 'cap']). */
export type SetIn = (path: (string | number)[], value: unknown) => void;

/** An immutable set of `value` at `path`. */
export function setIn<T>(node: T, path: (string | number)[], value: unknown): T {
  if (path.length === 0) return value as T;
  const [head, ...rest] = path;
  const copy = (Array.isArray(node) ? [...node] : { ...(node as object) }) as Record<string | number, unknown>;
  copy[head!] = setIn(copy[head!], rest, value);
  return copy as T;
}

/** A number box bound to a path; an empty box is null (the server names what is missing). */
export const NumberBox = ({ path, value, label, set, errors, help, scale = 1, width = 110 }: {
  path: (string | number)[]; value: number | null | undefined; label: string; set: SetIn; errors: Errors;
  help?: string; scale?: number; width?: number;
}) => {
  const name = path.join('.');
  const shown = value === null || value === undefined ? '' : String(Math.round(value * scale * 10000) / 10000);
  return (
    <TextField
      size="small"
      type="number"
      name={name}
      label={label}
      value={shown}
      onChange={(e) => set(path, e.target.value === '' ? null : Number(e.target.value) / scale)}
      error={Boolean(errors[name])}
      helperText={errors[name] ?? help}
      sx={{ width }}
      slotProps={{ htmlInput: { step: 0.25 } }}
    />
  );
};

export const TextBox = ({ path, value, label, set, errors, width = 160 }: {
  path: (string | number)[]; value: string; label: string; set: SetIn; errors: Errors; width?: number;
}) => {
  const name = path.join('.');
  return (
    <TextField
      size="small"
      name={name}
      label={label}
      value={value ?? ''}
      onChange={(e) => set(path, e.target.value)}
      error={Boolean(errors[name])}
      helperText={errors[name]}
      sx={{ width }}
    />
  );
};

/** A fresh code not used yet: C1, C2 … / R1, R2 … */
export const freshId = (prefix: string, taken: { id: string }[]) => {
  let n = taken.length + 1;
  while (taken.some((x) => x.id === `${prefix}${n}`)) n++;
  return `${prefix}${n}`;
};

const Remove = ({ onClick }: { onClick: () => void }) => {
  const translate = useTranslate();
  return (
    <IconButton size="small" aria-label={translate('app.assessments2.remove')} onClick={onClick}>
      <DeleteIcon fontSize="small" />
    </IconButton>
  );
};

export const SectionTitle = ({ title, error }: { title: string; error?: string }) => (
  <>
    <Typography variant="subtitle1" sx={{ mt: 2, fontWeight: 600 }}>{title}</Typography>
    {error && <Typography variant="caption" color="error">{error}</Typography>}
  </>
);

/** The categories: name, points, weight, deduction cap. */
export const CategoriesEditor = ({ draft, set, errors }: { draft: Draft; set: SetIn; errors: Errors }) => {
  const translate = useTranslate();
  const l = (k: string) => translate(`app.assessments2.${k}`);
  const add = () => set(['categories'], [...draft.categories, { id: freshId('C', draft.categories), name: l('categoryName'), maxPoints: 10, weight: 1, deductionCap: null }]);
  return (
    <>
      <SectionTitle title={l('categories')} error={errors.categories} />
      {draft.categories.map((c, i) => (
        <Stack key={i} direction="row" spacing={1} sx={{ mt: 1, alignItems: 'flex-start' }} data-testid={`category-${i}`}>
          <TextBox path={['categories', i, 'id']} value={c.id} label={l('categoryId')} set={set} errors={errors} width={110} />
          <TextBox path={['categories', i, 'name']} value={c.name} label={l('categoryName')} set={set} errors={errors} />
          <NumberBox path={['categories', i, 'maxPoints']} value={c.maxPoints} label={l('maxPoints')} set={set} errors={errors} />
          <NumberBox path={['categories', i, 'weight']} value={c.weight} label={l('weight')} set={set} errors={errors} />
          <NumberBox path={['categories', i, 'deductionCap']} value={c.deductionCap} label={l('deductionCap')} set={set} errors={errors} help={l('noLimit')} />
          {draft.categories.length > 1 && <Remove onClick={() => set(['categories'], draft.categories.filter((_, j) => j !== i))} />}
        </Stack>
      ))}
      <Button size="small" startIcon={<AddIcon />} onClick={add} sx={{ mt: 1 }}>{l('addCategory')}</Button>
    </>
  );
};

/** The grades: each band's lowest score and its quota. */
export const GradesEditor = ({ draft, set, errors }: { draft: Draft; set: SetIn; errors: Errors }) => {
  const translate = useTranslate();
  const l = (k: string) => translate(`app.assessments2.${k}`);
  const unused = GRADE_CODES.filter((g) => !draft.grades.some((x) => x.grade === g));
  return (
    <>
      <SectionTitle title={l('grades')} error={errors.grades} />
      {draft.grades.map((g, i) => (
        <Stack key={i} direction="row" spacing={1} sx={{ mt: 1, alignItems: 'flex-start' }}>
          <TextField
            select
            size="small"
            name={`grades.${i}.grade`}
            label={l('gradeLabel')}
            value={g.grade}
            onChange={(e) => set(['grades', i, 'grade'], e.target.value)}
            error={Boolean(errors[`grades.${i}.grade`])}
            helperText={errors[`grades.${i}.grade`]}
            sx={{ width: 120 }}
          >
            {GRADE_CODES.map((code) => (
              <MenuItem key={code} value={code}>{translate(`app.assessments2.grade.${code}`)}</MenuItem>
            ))}
          </TextField>
          <NumberBox path={['grades', i, 'minScore']} value={g.minScore} label={l('minScore')} set={set} errors={errors} />
          <NumberBox path={['grades', i, 'quotaPercent']} value={g.quotaPercent} label={l('quotaPercent')} set={set} errors={errors} help={l('noLimit')} width={140} />
          {draft.grades.length > 1 && <Remove onClick={() => set(['grades'], draft.grades.filter((_, j) => j !== i))} />}
        </Stack>
      ))}
      {unused.length > 0 && (
        <Button size="small" startIcon={<AddIcon />} onClick={() => set(['grades'], [...draft.grades, { grade: unused[0], minScore: 0, quotaPercent: null }])} sx={{ mt: 1 }}>
          {l('addGrade')}
        </Button>
      )}
    </>
  );
};

export { Remove };
