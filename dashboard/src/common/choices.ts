/** Enum values of the API with their catalog keys (SelectInput / SelectField translate `name`). */
export const toChoices = (prefix: string, ids: readonly string[]) => ids.map((id) => ({ id, name: `${prefix}.${id}` }));

export const CADENCES = ['MONTHLY', 'QUARTERLY', 'YEARLY', 'ONCE'] as const;
export const HOLIDAY_POLICIES = ['NEXT_WORKDAY', 'NONE'] as const;
export const ROLES = ['ADMIN', 'LEADER', 'UNIT'] as const;
export const REVIEW_STATES = ['PENDING', 'ACCEPTED', 'RETURNED', 'WITHDRAWN'] as const;
export const SUBMISSION_KINDS = ['DATA', 'NO_DATA'] as const;
export const EXPLANATION_STATUSES = ['PENDING', 'ACCEPTED', 'REJECTED'] as const;
export const EXPLANATION_CATEGORIES = [
  'STAFF_CHANGE', 'SYSTEM_FAILURE', 'DATA_NOT_READY', 'NOT_NOTIFIED', 'FORCE_MAJEURE', 'OTHER',
] as const;

export const cadenceChoices = toChoices('app.cadence', CADENCES);
export const holidayPolicyChoices = toChoices('app.holidayPolicy', HOLIDAY_POLICIES);
export const roleChoices = toChoices('app.role', ROLES);
export const reviewStateChoices = toChoices('app.reviewState', REVIEW_STATES);
export const kindChoices = toChoices('app.kind', SUBMISSION_KINDS);
export const explanationStatusChoices = toChoices('app.explanationStatus', EXPLANATION_STATUSES);
export const categoryChoices = toChoices('app.explanationCategory', EXPLANATION_CATEGORIES);
