// How the office's documents (催报通知, 考核结果通知) end: who to contact, from the office settings.
import type { OfficeSettings } from '../settings/settings-keys.ts';

/** '联系单位：信用办；联系电话：…；电子邮箱：…；地址：…', or null when the office has set none. */
export function officeContact(office: OfficeSettings): string | null {
  const parts = [
    office.name ? `联系单位：${office.name}` : null,
    office.phone ? `联系电话：${office.phone}` : null,
    office.email ? `电子邮箱：${office.email}` : null,
    office.address ? `地址：${office.address}` : null,
  ].filter(Boolean);
  return parts.length ? parts.join('；') : null;
}
