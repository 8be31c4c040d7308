import { useSettingsSave } from '../common/useSettingsSave';

/** A save of the channels' settings or of a unit's robots: the settings page and the contacts' defaults refetch. */
export const useChannelSave = (path: string) => useSettingsSave(path, ['/settings/channels', '/settings/channels/defaults']);
