// The codes the API speaks (statuses, kinds, roles …), as plain lists: the labels name them, the API schemas
// enumerate them, and the dashboard builds its choices from them without loading zod.

/** The statuses of an obligation (DESIGN.md §2.3), in the order the office reads them. */
export const OBLIGATION_STATUSES = ['OVERDUE', 'RETURNED', 'SUBMITTED', 'PENDING', 'LATE', 'ON_TIME', 'EXCUSED', 'EXEMPT'] as const;
export type ObligationStatus = (typeof OBLIGATION_STATUSES)[number];

export const DEDUCTION_CAUSES = ['LATE', 'MISSING', 'EXCUSED', 'NO_CONTACT'] as const;
export type DeductionCause = (typeof DEDUCTION_CAUSES)[number];

export const EXPLANATION_CATEGORIES = ['STAFF_CHANGE', 'SYSTEM_FAILURE', 'DATA_NOT_READY', 'NOT_NOTIFIED', 'FORCE_MAJEURE', 'OTHER'] as const;
export type ExplanationCategory = (typeof EXPLANATION_CATEGORIES)[number];

export const ROLES = ['ADMIN', 'LEADER', 'UNIT'] as const;
export type Role = (typeof ROLES)[number];

/** The chase's kinds (what a notice run produces), then the office's decisions (issue 17). */
export const CHASE_NOTICE_KINDS = ['REMINDER', 'OVERDUE', 'ESCALATION', 'SUMMARY'] as const;
export const NOTICE_KINDS = [...CHASE_NOTICE_KINDS, 'DECISION'] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];

export const MAIL_STATUSES = ['PENDING', 'SENT', 'FAILED', 'SKIPPED', 'CANCELLED'] as const;
export type MailStatus = (typeof MAIL_STATUSES)[number];

/**
 * Where a notice's mail stands: PENDING (some still to be sent or retried), SENT, PARTIAL (some given up),
 * FAILED (all given up), CANCELLED (the unit filed first), IN_APP_ONLY (no SMTP configured),
 * NO_RECIPIENT (nobody with an e-mail address to send to).
 */
export const DELIVERY_STATUSES = ['PENDING', 'SENT', 'PARTIAL', 'FAILED', 'CANCELLED', 'IN_APP_ONLY', 'NO_RECIPIENT'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

/** The six kinds of record of RECORDS.md §1: 附件1–4 (双公示), 红黑榜, 信用代码. */
export const RECORD_KINDS = ['CF_LEGAL', 'XK_LEGAL', 'CF_NATURAL', 'XK_NATURAL', 'HHB', 'XYDM'] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

/** The counts of 附件1–4 (a filing's four numbers); each 双公示 kind feeds one, 红黑榜 and 信用代码 none. */
export const COUNT_FIELDS = ['legalPersonPenalties', 'legalPersonLicenses', 'naturalPersonPenalties', 'naturalPersonLicenses'] as const;
export type CountField = (typeof COUNT_FIELDS)[number];
export const COUNT_FIELD_OF: Readonly<Record<RecordKind, CountField | null>> = {
  CF_LEGAL: 'legalPersonPenalties',
  XK_LEGAL: 'legalPersonLicenses',
  CF_NATURAL: 'naturalPersonPenalties',
  XK_NATURAL: 'naturalPersonLicenses',
  HHB: null,
  XYDM: null,
};

// The channels beside mail (issue 17, contract api/channels.ts).
export const SMS_PROVIDERS = ['ALIYUN', 'TENCENT'] as const;
export type SmsProvider = (typeof SMS_PROVIDERS)[number];
export const ROBOT_KINDS = ['WECOM', 'DINGTALK'] as const;
export type RobotKind = (typeof ROBOT_KINDS)[number];
/** The outboxes beside mail's. */
export const CHANNELS = ['SMS', 'WECOM', 'DINGTALK'] as const;
export type Channel = (typeof CHANNELS)[number];
/** What a contact may choose per kind of notice (in-app is always on). */
export const CONTACT_CHANNELS = ['EMAIL', 'SMS'] as const;
export type ContactChannel = (typeof CONTACT_CHANNELS)[number];
/** The kinds a contact chooses channels for: reminders (REMINDER), overdue (OVERDUE, ESCALATION), decisions (DECISION). */
export const PREFERENCE_KINDS = ['reminders', 'overdue', 'decisions'] as const;
export type PreferenceKind = (typeof PREFERENCE_KINDS)[number];
/** The SMS templates the office has approved at its provider, one per kind of text. */
export const SMS_TEMPLATE_KINDS = ['reminders', 'overdue', 'decisions', 'test'] as const;
export type SmsTemplateKind = (typeof SMS_TEMPLATE_KINDS)[number];
