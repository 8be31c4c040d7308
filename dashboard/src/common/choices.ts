/** Enum values of the API with their catalog keys (SelectInput / SelectField translate `name`). */
const toChoices = (prefix: string, ids: readonly string[]) => ids.map((id) => ({ id, name: `${prefix}.${id}` }));

export const CADENCES = ['MONTHLY', 'QUARTERLY', 'YEARLY', 'ONCE'] as const;
export const HOLIDAY_POLICIES = ['NEXT_WORKDAY', 'NONE'] as const;
export const ROLES = ['ADMIN', 'LEADER', 'UNIT'] as const;

export const cadenceChoices = toChoices('app.cadence', CADENCES);
export const holidayPolicyChoices = toChoices('app.holidayPolicy', HOLIDAY_POLICIES);
export const roleChoices = toChoices('app.role', ROLES);
