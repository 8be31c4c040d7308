// Contacts and demo accounts: the people of the demo history.
import type { ContactRow, DemoUserRow } from './demo.repository.ts';
import { CONTACT_POSTS, GIVEN_NAMES, LEADER_POSTS, SURNAMES } from './history-text.ts';
import { pick, rngFor } from './history-plan.ts';

/** Units without any contact on file (about 1 in 25): the score deducts for them. */
const NO_CONTACT_RATE = 0.04;
const LEADER_RATE = 0.65;

const digits = (rng: () => number, n: number) => Array.from({ length: n }, () => Math.floor(10 * rng())).join('');

/** A primary contact for most units, and often the 分管领导; a few units have none. */
export function planContacts(units: { id: number; sortOrder: number }[], seed: string | number): ContactRow[] {
  const rows: ContactRow[] = [];
  for (const u of units) {
    const rng = rngFor(seed, 'contacts', u.sortOrder);
    if (rng() < NO_CONTACT_RATE) continue;
    const person = (primary: boolean): ContactRow => ({
      unitId: u.id,
      name: pick(rng, SURNAMES) + pick(rng, GIVEN_NAMES),
      post: pick(rng, primary ? CONTACT_POSTS : LEADER_POSTS),
      phone: `0395-26${digits(rng, 5)}`,
      mobile: `13${digits(rng, 9)}`,
      email: `${primary ? 'xxy' : 'ld'}${String(u.sortOrder).padStart(4, '0')}@zhaoling.example`,
      primary,
      leader: !primary,
    });
    rows.push(person(true));
    if (rng() < LEADER_RATE) rows.push(person(false));
  }
  return rows;
}

/** The demo's accounts: the office, a leading-group member, and one contact account per unit (unit01 …). */
export function demoUsers(units: { id: number; sortOrder: number; name: string }[]): DemoUserRow[] {
  return [
    { username: 'office', role: 'ADMIN', unitId: null, displayName: '信用办 李科长' },
    { username: 'leader', role: 'LEADER', unitId: null, displayName: '领导小组 王主任' },
    ...units.map((u) => ({
      username: `unit${String(u.sortOrder).padStart(2, '0')}`,
      role: 'UNIT' as const,
      unitId: u.id,
      displayName: `${u.name}信息员`,
    })),
  ];
}
