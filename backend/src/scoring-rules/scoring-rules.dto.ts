import { yearQuery } from '../common/validation.ts';

export { scoringRulesSchema, type ScoringRulesDto } from '@credit/contract/api';

/** Route parameter `:year` of the rules and of the year's assessment. */
export const yearParamSchema = yearQuery();
