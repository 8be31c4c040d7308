import { useState } from 'react';
import { MenuItem, TextField } from '@mui/material';
import { useTranslate } from 'react-admin';
import { postJson } from '../providers/http';
import { PointsDialog } from './PointsDialog';
import { AttachmentPicker } from '../common/AttachmentPicker';
import type { UploadedAttachment } from '../common/api';

export interface BonusRule {
  id: string;
  name: string;
  pointsEach: number;
}

/** A unit declares a bonus item of the year's scheme: the item, the points (≤ its points each) and the reason. */
export const BonusDialog = ({ open, year, rules, onClose }: { open: boolean; year: number; rules: BonusRule[]; onClose: () => void }) => {
  const translate = useTranslate();
  const [category, setCategory] = useState('');
  const [evidence, setEvidence] = useState<UploadedAttachment[]>([]);
  const rule = rules.find((r) => r.id === category) ?? rules[0];
  const l = (k: string, args?: object) => translate(`app.assessments2.${k}`, args);
  return (
    <PointsDialog
      open={open}
      title={l('declareTitle')}
      pointsLabel={l('bonusPoints')}
      pointsHelp={rule ? l('bonusPointsHelp', { max: rule.pointsEach }) : undefined}
      max={rule?.pointsEach}
      reasonLabel={l('bonusReason')}
      submitLabel={l('declare')}
      done="app.assessments2.declared"
      send={async (points, reason) => {
        await postJson(`/assessments/${year}/bonuses`, { category: rule?.id ?? '', points, reason, attachmentIds: evidence.map((f) => f.id) });
        setEvidence([]);
      }}
      onClose={() => {
        setEvidence([]);
        onClose();
      }}
    >
      {(errors) => (
        <>
          <TextField select name="category" label={l('bonusRule')} value={rule?.id ?? ''} onChange={(e) => setCategory(e.target.value)}
            fullWidth margin="dense" error={Boolean(errors.category)} helperText={errors.category}>
            {rules.map((r) => <MenuItem key={r.id} value={r.id}>{r.name}</MenuItem>)}
          </TextField>
          <AttachmentPicker value={evidence} onChange={setEvidence} title={l('evidence')} error={errors.attachmentIds} />
        </>
      )}
    </PointsDialog>
  );
};
