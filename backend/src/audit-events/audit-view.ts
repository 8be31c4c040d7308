// How the audit log reads to a person: each changed field by its Chinese label, its values in display form
// (times in Beijing time to the minute, days as days, codes and flags in words, ids as the names they point
// at), and who acted, by name and unit. Pure: the service hands in the names it looked up.
import type { AuditChange, AuditEvent } from '@credit/contract/api';
import {
  AUDIT_DAY_FIELDS,
  AUDIT_HIDDEN_FIELDS,
  AUDIT_VALUE_LABELS,
  auditActionLabel,
  auditFieldLabel,
  auditResourceLabel,
  dayLabel,
  periodLabel,
  timeLabel,
} from '@credit/contract/labels';

export interface StoredAuditEvent {
  id: number;
  at: Date;
  userId: number | null;
  username: string | null;
  action: string;
  resource: string;
  recordId: string;
  unitId: number | null;
  before: unknown;
  after: unknown;
}

export interface AuditActor {
  name: string;
  unitName: string | null;
}

/** The names the events' ids point at. */
export interface AuditNames {
  users: ReadonlyMap<number, AuditActor>;
  units: ReadonlyMap<number, string>;
  streams: ReadonlyMap<number, string>;
}

/** The ids a page of events needs names for. */
export function idsToName(events: StoredAuditEvent[]): { users: number[]; units: number[]; streams: number[] } {
  const users = new Set<number>();
  const units = new Set<number>();
  const streams = new Set<number>();
  for (const e of events) {
    if (e.userId !== null) users.add(e.userId);
    if (e.unitId !== null) units.add(e.unitId);
    for (const record of [e.before, e.after]) {
      if (!isObject(record)) continue;
      for (const [field, value] of Object.entries(record)) {
        if (typeof value !== 'number') continue;
        if (field === 'unitId') units.add(value);
        else if (field === 'streamId') streams.add(value);
        else if (USER_FIELDS.has(field)) users.add(value);
      }
    }
  }
  return { users: [...users], units: [...units], streams: [...streams] };
}

const USER_FIELDS = new Set(['filedById', 'reviewerId', 'decidedById', 'createdById', 'uploadedById', 'publishedById', 'finalisedById', 'reopenedById']);
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const BOOLEAN_WORDS = AUDIT_VALUE_LABELS.boolean;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** One value as a person reads it; null for nothing. */
export function displayValue(field: string, value: unknown, names: AuditNames): string | null {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'boolean') return BOOLEAN_WORDS[String(value)];
  if (typeof value === 'number') {
    if (field === 'unitId') return names.units.get(value) ?? String(value);
    if (field === 'streamId') return names.streams.get(value) ?? String(value);
    if (USER_FIELDS.has(field)) return names.users.get(value)?.name ?? String(value);
    return String(value);
  }
  if (typeof value === 'string') {
    const coded = AUDIT_VALUE_LABELS[field]?.[value];
    if (coded) return coded;
    if (field === 'period') return periodWords(value);
    if (INSTANT.test(value)) return AUDIT_DAY_FIELDS.has(field) ? value.slice(0, 10) : timeLabel(value);
    if (AUDIT_DAY_FIELDS.has(field)) return dayLabel(value);
    return value;
  }
  if (Array.isArray(value)) {
    const items = value.map((v) => displayValue(field, v, names)).filter((v): v is string => v !== null);
    return items.length > 0 ? items.join('、') : null;
  }
  if (isObject(value)) {
    const parts = Object.entries(value)
      .filter(([k]) => !AUDIT_HIDDEN_FIELDS.has(k))
      .map(([k, v]) => `${auditFieldLabel(k)}：${displayValue(k, v, names) ?? '无'}`);
    return parts.length > 0 ? parts.join('；') : null;
  }
  return String(value);
}

function periodWords(key: string): string {
  try {
    return periodLabel(key);
  } catch {
    return key;
  }
}

/** The fields that differ between before and after (all shown ones, for a creation or a deletion). */
export function changesOf(before: unknown, after: unknown, names: AuditNames): AuditChange[] {
  const b = isObject(before) ? before : {};
  const a = isObject(after) ? after : {};
  // A value that is not a record (e.g. a setting's number) reads as one field: 值.
  if (!isObject(before) && !isObject(after) && (before != null || after != null)) {
    return [{ field: 'value', label: '值', before: displayValue('value', before, names), after: displayValue('value', after, names) }];
  }
  const fields = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  const updated = isObject(before) && isObject(after);
  return fields
    .filter((f) => !AUDIT_HIDDEN_FIELDS.has(f) && !(updated && (f === 'updatedAt' || f === 'createdAt')))
    .filter((f) => !updated || JSON.stringify(b[f]) !== JSON.stringify(a[f]))
    .map((field) => ({
      field,
      label: auditFieldLabel(field),
      before: displayValue(field, b[field], names),
      after: displayValue(field, a[field], names),
    }))
    .filter((c) => c.before !== null || c.after !== null);
}

/** The actor of an event: the user's name and unit; a scheduled job is 系统. */
function actorOf(e: StoredAuditEvent, names: AuditNames): AuditActor {
  if (e.userId === null) return { name: e.username ?? '系统（定时任务）', unitName: null };
  return names.users.get(e.userId) ?? { name: e.username ?? String(e.userId), unitName: null };
}

export function presentAuditEvent(e: StoredAuditEvent, names: AuditNames): AuditEvent {
  const actor = actorOf(e, names);
  return {
    id: e.id,
    at: e.at.toISOString(),
    userId: e.userId,
    username: e.username,
    userName: actor.name,
    userUnitName: actor.unitName,
    action: e.action,
    actionLabel: auditActionLabel(e.action),
    resource: e.resource,
    resourceLabel: auditResourceLabel(e.resource),
    recordId: e.recordId,
    unitId: e.unitId,
    unitName: e.unitId === null ? null : (names.units.get(e.unitId) ?? null),
    before: e.before ?? null,
    after: e.after ?? null,
    changes: changesOf(e.before, e.after, names),
  };
}
