import { useEffect, useState } from 'react';
import { useRecordContext } from 'react-admin';
import { useApi } from '../common/api';
import { useRole, useSessionUser } from '../common/useSession';
import { SettingsFrame } from '../common/SettingsFrame';
import { RobotsEditor, draftsOf, inputsOf } from './RobotsEditor';
import { useChannelSave } from './useChannelSave';
import type { Robot } from './channelTypes';

/** The robot `index`'s field in a 400 on the robots' PUT (an array body: `0.webhookUrl`, or named `robots.0.…`). */
const robotError = (errorOf: (name: string) => string | undefined, index: number, field: string) =>
  errorOf(`${index}.${field}`) ?? errorOf(`robots.${index}.${field}`);

/** 本单位工作群机器人 of unit `unitId` (GET/PUT /api/units/:id/robots): the office, or the unit's own user. */
export const UnitRobotsCard = ({ unitId }: { unitId: number }) => {
  const own = useRole() === 'UNIT';
  const path = `/units/${unitId}/robots`;
  const { data } = useApi<Robot[]>(path);
  const { save, busy, errorOf } = useChannelSave(path);
  const [drafts, setDrafts] = useState(() => draftsOf(data ?? []));
  useEffect(() => setDrafts(draftsOf(data ?? [])), [data]);
  if (!data) return null;
  return (
    <SettingsFrame
      title={own ? 'app.channels.robots.unitTitle' : 'app.channels.robots.officeUnitTitle'}
      intro={own ? 'app.channels.robots.unitIntro' : 'app.channels.robots.officeUnitIntro'}
      onSave={() => void save(inputsOf(drafts), 'app.channels.robots.saved')}
      busy={busy}
      testId="unit-robots"
    >
      <RobotsEditor robots={drafts} onChange={setDrafts} errorOf={(i, field) => robotError(errorOf, i, field)} />
    </SettingsFrame>
  );
};

/** On a unit's page: the card for the office, and for the unit's own user on its own unit (a leader only reads elsewhere). */
export const UnitRobotsSection = (_: { label?: string | false }) => {
  const record = useRecordContext();
  const role = useRole();
  const user = useSessionUser();
  if (!record) return null;
  const mayEdit = role === 'ADMIN' || (role === 'UNIT' && String(user?.unitId) === String(record.id));
  return mayEdit ? <UnitRobotsCard unitId={Number(record.id)} /> : null;
};
