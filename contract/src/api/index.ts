// The API's request and response schemas, shared by the backend (its pipes and its OpenAPI document), the
// dashboard and the e2e tests. A response schema describes the JSON on the wire (instants are ISO 8601
// strings) and is strict: e2e/contract.e2e-spec.ts parses the running app's answers with it.
import { z } from 'zod';
import { auditEventSchema } from './audit.ts';
import { channelDefaultsSchema, channelMessageSchema, channelSettingsSchema, robotSchema } from './channels.ts';
import { yearArrangementSchema } from './calendar.ts';
import { assessmentSchemeSchema, assessmentStateSchema, scoringRulesSchema, yearRulesSchema, yearSchemeSchema } from './assessments.ts';
import { loginAnswerSchema, loginSchema, sessionUserSchema } from './auth.ts';
import { figuresSchema, matrixSchema, overdueSchema, rankingRowSchema, recordQualitySchema, roundsSchema, trendSchema } from './dashboard.ts';
import { mailSettingsSchema, noticeJobSettingsSchema, noticeSchema, outboxStatusSchema, runResultSchema, unreadCountSchema } from './notices.ts';
import { LIST_RESPONSES } from './lists.ts';
import { obligationSchema } from './obligations.ts';
import { returnReasonsSchema, submissionSchema, unitOverviewSchema } from './transitions.ts';

export * from './assessments.ts';
export * from './audit.ts';
export * from './calendar.ts';
export * from './channels.ts';
export * from './auth.ts';
export * from './dashboard.ts';
export * from './lists.ts';
export * from './notices.ts';
export * from './obligations.ts';
export * from './records.ts';
export * from './transitions.ts';

/** The success answer of a route, keyed `'<method> <OpenAPI path>'`; the OpenAPI document shows these. */
export const API_RESPONSES: Readonly<Record<string, z.ZodType>> = Object.freeze({
  'post /api/auth/login': loginAnswerSchema,
  'post /api/auth/password': loginAnswerSchema,
  'get /api/auth/me': sessionUserSchema,
  'get /api/assessments/{year}/state': assessmentStateSchema,
  'get /api/assessments/{year}/scheme': yearSchemeSchema,
  'get /api/compliance/scoring-rules/{year}': yearRulesSchema,
  'put /api/compliance/scoring-rules/{year}': yearRulesSchema,
  'get /api/dashboard/figures': figuresSchema,
  'get /api/dashboard/trend': trendSchema,
  'get /api/dashboard/overdue': overdueSchema,
  'get /api/dashboard/record-quality': recordQualitySchema,
  'get /api/compliance/ranking': z.array(rankingRowSchema),
  'get /api/compliance/matrix': matrixSchema,
  'get /api/compliance/rounds': roundsSchema,
  'get /api/obligations': z.array(obligationSchema),
  'get /api/obligations/{id}': obligationSchema,
  'get /api/notices': z.array(noticeSchema),
  'get /api/notices/unread-count': unreadCountSchema,
  'get /api/notices/{id}': noticeSchema,
  'post /api/notices/jobs/run': runResultSchema,
  'get /api/notices/jobs/settings': noticeJobSettingsSchema,
  'put /api/notices/jobs/settings': noticeJobSettingsSchema,
  'get /api/mail/status': outboxStatusSchema,
  'get /api/mail/settings': mailSettingsSchema,
  'get /api/audit-events': z.array(auditEventSchema),
  'get /api/calendar/holidays': yearArrangementSchema,
  'get /api/audit-events/{id}': auditEventSchema,
  'put /api/mail/settings': mailSettingsSchema,
  'post /api/submissions/{id}/reopen': submissionSchema,
  'post /api/submissions/{id}/withdraw': submissionSchema,
  'get /api/units/{id}/overview': unitOverviewSchema,
  'get /api/settings/return-reasons': returnReasonsSchema,
  'put /api/settings/return-reasons': returnReasonsSchema,
  'get /api/settings/channels': channelSettingsSchema,
  'put /api/settings/channels': channelSettingsSchema,
  'get /api/settings/channels/defaults': channelDefaultsSchema,
  'post /api/settings/channels/test': channelMessageSchema,
  'get /api/units/{id}/robots': z.array(robotSchema),
  'put /api/units/{id}/robots': z.array(robotSchema),
  ...LIST_RESPONSES,
});

/** Request bodies the contract owns (the backend's pipes validate with these very schemas). */
export { assessmentSchemeSchema, loginSchema, scoringRulesSchema };
