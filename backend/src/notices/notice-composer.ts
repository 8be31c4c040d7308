// What a run on day D notices, from the obligations the database selected for it: one notice per unit and
// kind (a digest of all its obligations at that stage), the office summary, the recipients of each, and the
// dedupe key that makes each (kind, unit, obligation set, stage) unique. Pure: no database, no clock.
import { createHash } from 'node:crypto';
import type { ChaseThresholds } from '../domain/chase.ts';
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
  unitId: number;
  name: string;
  email: string;
  primary: boolean;
  leader: boolean;
}

export type RecipientRole = 'CONTACT' | 'LEADER' | 'OFFICE';

export interface Recipient {
  name: string;
  email: string;
  role: RecipientRole;
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
  const { day, thresholds } = input;
  const contactsByUnit = groupBy(input.contacts, (c) => c.unitId);
  const office: Recipient[] = input.office.email ? [{ name: input.office.name, email: input.office.email, role: 'OFFICE' }] : [];
  const drafts: NoticeDraft[] = [];

  const perUnit = (kind: 'REMINDER' | 'OVERDUE' | 'ESCALATION', pick: (c: ChaseCandidate) => boolean) => {
    for (const lines of groupBy(input.candidates.filter(pick), (c) => c.unitId).values()) {
      const { unitId, unitName } = lines[0];
      const contacts = contactsByUnit.get(unitId) ?? [];
      const leaders = contacts.filter((c) => c.leader).map((c) => recipient(c, 'LEADER'));
      const text: NoticeText =
        kind === 'REMINDER'
          ? reminderText(unitName, lines)
          : kind === 'OVERDUE'
            ? overdueText(unitName, lines, day)
            : escalationText(unitName, lines, day, thresholds.escalateWorkdays, leaders.length > 0);
      const recipients = kind === 'ESCALATION' ? [...leaders, ...office] : workingContacts(contacts);
      const stage = CHASE_STAGES[kind];
      const obligationIds = lines.map((l) => l.id);
      drafts.push({
        kind,
        unitId,
        unitName,
        stage,
        dedupeKey: dedupeKey(kind, unitId, stage, obligationIds),
        obligationIds,
        forDate: day,
        ...text,
        recipients: distinctEmails(recipients),
      });
    }
  };
  perUnit('REMINDER', (c) => c.remind);
  perUnit('OVERDUE', (c) => c.overdue);
  perUnit('ESCALATION', (c) => c.escalate);

  if (input.summary) {
    const { dueDate, missing } = input.summary;
    drafts.push({
      kind: 'SUMMARY',
      unitId: null,
      unitName: null,
      stage: dueDate,
      dedupeKey: summaryKey(dueDate),
      obligationIds: missing.map((m) => m.id),
      forDate: day,
      ...summaryText(dueDate, missing, day, thresholds.escalateWorkdays),
      recipients: office,
    });
  }
  return drafts;
}

/** Who a unit's own notice (an overdue digest, the office's chase) goes to: its working contacts, each address once. */
export const unitRecipients = (contacts: ContactAddress[]): Recipient[] => distinctEmails(workingContacts(contacts));

/** Reminders and overdue notices go to the unit's working contacts; the leader only when no one else is listed. */
function workingContacts(contacts: ContactAddress[]): Recipient[] {
  const working = contacts.filter((c) => !c.leader || c.primary);
  return (working.length > 0 ? working : contacts).map((c) => recipient(c, 'CONTACT'));
}

const recipient = (c: ContactAddress, role: RecipientRole): Recipient => ({ name: c.name, email: c.email.trim(), role });

function distinctEmails(recipients: Recipient[]): Recipient[] {
  const seen = new Set<string>();
  return recipients.filter((r) => {
    const key = r.email.toLowerCase();
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
