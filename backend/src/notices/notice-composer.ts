// What a run on day D notices, from the obligations the database selected for it: one notice per unit and
// kind (a digest of all its obligations at that stage), the office summary, the recipients of each, and the
// dedupe key that makes each (kind, unit, obligation set, stage) unique. Pure: no database, no clock.
import { createHash } from 'node:crypto';
import type { ContactChannel, Preferences } from '@credit/contract/api';
import type { ChaseThresholds } from '../domain/chase.ts';
import { preferenceKindOf } from '../channels/channel-content.ts';
import type { LocalDate } from '../domain/dates.ts';
import type { NoticeKind } from '../generated/prisma/enums.ts';
import {
  type ChaseLine,
  escalationText,
  type NoticeText,
  overdueText,
  reminderText,
  summaryText,
} from './notice-texts.ts';

/** The stage of each chase step; an obligation gets each (kind, stage) once. A summary's stage is its due day. */
export const CHASE_STAGES = { REMINDER: 'due-soon', OVERDUE: 'overdue', ESCALATION: 'escalated' } as const;

/** An obligation still missing on day D, with the steps a run on D owes it (those not yet taken). */
export interface ChaseCandidate extends ChaseLine {
  remind: boolean;
  overdue: boolean;
  escalate: boolean;
}

export interface ContactAddress {
  id: number;
  unitId: number;
  name: string;
  /** null: reached by SMS only. */
  email: string | null;
  mobile: string | null;
  primary: boolean;
  leader: boolean;
  /** The contact's own choice, else the office's defaults. */
  preferences: Preferences;
}

export type RecipientRole = 'CONTACT' | 'LEADER' | 'OFFICE';

export interface Recipient {
  name: string;
  email: string | null;
  role: RecipientRole;
  contactId?: number;
  mobile?: string | null;
  /** The channels beside in-app chosen for the notice's kind (absent: e-mail, as before issue 17). */
  channels?: ContactChannel[];
}

export interface NoticeDraft {
  kind: NoticeKind;
  unitId: number | null;
  unitName: string | null;
  stage: string;
  dedupeKey: string;
  obligationIds: number[];
  forDate: LocalDate;
  title: string;
  body: string;
  recipients: Recipient[];
}

export interface ChaseInput {
  day: LocalDate;
  thresholds: ChaseThresholds;
  /** Ordered as the notices should list them (unit order, then due time). */
  candidates: ChaseCandidate[];
  /** The first run after a monthly due day: that day and every obligation still missing up to it. */
  summary: { dueDate: LocalDate; missing: ChaseLine[] } | null;
  contacts: ContactAddress[];
  office: { name: string; email: string | null };
}

/** Stands for the office where a dedupe key names a unit. */
const OFFICE_RECIPIENT = 'office';

export function dedupeKey(kind: NoticeKind, unitId: number | null, stage: string, obligationIds: number[]): string {
  const ids = [...obligationIds].sort((a, b) => a - b).join(',');
  const set = createHash('sha256').update(ids).digest('hex').slice(0, 24);
  return `${kind}:${unitId ?? OFFICE_RECIPIENT}:${stage}:${set}`;
}

/** A summary is once per due day, whatever the set of units missing then. */
export function summaryKey(dueDate: LocalDate): string {
  return `SUMMARY:${OFFICE_RECIPIENT}:${dueDate}`;
}

export function composeNotices(input: ChaseInput): NoticeDraft[] {
  return [...noticeDrafts(input)];
}

/**
 * The drafts of composeNotices one at a time, in the same order: a run at province scale stores them slice by
 * slice, so only a slice's texts are held at once (not tens of thousands of bodies and recipient lists).
 */
export function* noticeDrafts(input: ChaseInput): Generator<NoticeDraft> {
  const { day, thresholds } = input;
  const contactsByUnit = groupBy(input.contacts, (c) => c.unitId);
  const office: Recipient[] = input.office.email ? [{ name: input.office.name, email: input.office.email, role: 'OFFICE' }] : [];

  function* perUnit(kind: 'REMINDER' | 'OVERDUE' | 'ESCALATION', pick: (c: ChaseCandidate) => boolean): Generator<NoticeDraft> {
    for (const lines of groupBy(input.candidates.filter(pick), (c) => c.unitId).values()) {
      const { unitId, unitName } = lines[0];
      const contacts = contactsByUnit.get(unitId) ?? [];
      const leaders = contacts.filter((c) => c.leader).map((c) => recipient(c, 'LEADER', kind));
      const text: NoticeText =
        kind === 'REMINDER'
          ? reminderText(unitName, lines)
          : kind === 'OVERDUE'
            ? overdueText(unitName, lines, day)
            : escalationText(unitName, lines, day, thresholds.escalateWorkdays, leaders.length > 0);
      const recipients = kind === 'ESCALATION' ? [...leaders, ...office] : workingContacts(contacts, kind);
      const stage = CHASE_STAGES[kind];
      const obligationIds = lines.map((l) => l.id);
      yield {
        kind,
        unitId,
        unitName,
        stage,
        dedupeKey: dedupeKey(kind, unitId, stage, obligationIds),
        obligationIds,
        forDate: day,
        ...text,
        recipients: distinct(recipients),
      };
    }
  }
  yield* perUnit('REMINDER', (c) => c.remind);
  yield* perUnit('OVERDUE', (c) => c.overdue);
  yield* perUnit('ESCALATION', (c) => c.escalate);

  if (input.summary) {
    const { dueDate, missing } = input.summary;
    yield {
      kind: 'SUMMARY',
      unitId: null,
      unitName: null,
      stage: dueDate,
      dedupeKey: summaryKey(dueDate),
      obligationIds: missing.map((m) => m.id),
      forDate: day,
      ...summaryText(dueDate, missing, day, thresholds.escalateWorkdays),
      recipients: office,
    };
  }
}

/** Who a unit's own notice (an overdue digest, the office's chase, a decision) goes to: its working contacts, each once. */
export const unitRecipients = (contacts: ContactAddress[], kind: NoticeKind): Recipient[] => distinct(workingContacts(contacts, kind));

/** How a run's answer names a recipient: the address, else the mobile. */
export const recipientLabel = (r: Recipient): string => r.email ?? r.mobile ?? r.name;

/** Reminders and overdue notices go to the unit's working contacts; the leader only when no one else is listed. */
function workingContacts(contacts: ContactAddress[], kind: NoticeKind): Recipient[] {
  const working = contacts.filter((c) => !c.leader || c.primary);
  return (working.length > 0 ? working : contacts).map((c) => recipient(c, 'CONTACT', kind));
}

function recipient(c: ContactAddress, role: RecipientRole, kind: NoticeKind): Recipient {
  const preferenceKind = preferenceKindOf(kind);
  return {
    name: c.name,
    email: c.email?.trim() || null,
    role,
    contactId: c.id,
    mobile: c.mobile?.trim() || null,
    channels: preferenceKind ? [...c.preferences[preferenceKind]] : ['EMAIL'],
  };
}

/** Each address once (a contact without one: each contact once). */
function distinct(recipients: Recipient[]): Recipient[] {
  const seen = new Set<string>();
  return recipients.filter((r) => {
    const key = r.email ? r.email.toLowerCase() : `contact:${r.contactId}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function groupBy<T, K>(items: T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
