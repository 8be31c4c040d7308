// POST /api/auth/login and the signed-in user every answer about the session carries.
import { z } from 'zod';
import { ROLES } from '../codes.ts';

export { ROLES, type Role } from '../codes.ts';

/** POST /api/auth/login (request). */
export const loginSchema = z.object({
  username: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(200),
});
export type LoginDto = z.infer<typeof loginSchema>;

/** The signed-in user. */
export const sessionUserSchema = z.strictObject({
  id: z.number().int(),
  username: z.string(),
  role: z.enum(ROLES),
  unitId: z.number().int().nullable(),
  displayName: z.string().nullable(),
});
export type SessionUser = z.infer<typeof sessionUserSchema>;

/** POST /api/auth/login and POST /api/auth/password (a fresh token). */
export const loginAnswerSchema = z.strictObject({ token: z.string(), user: sessionUserSchema });
export type LoginAnswer = z.infer<typeof loginAnswerSchema>;
