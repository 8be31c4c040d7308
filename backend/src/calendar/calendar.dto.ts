import { z } from 'zod';
import { periodKey, yearQuery } from '../common/validation.ts';

export const dueQuerySchema = z.object({
  stream: z.string().trim().min(1).max(40),
  period: periodKey({ once: true }),
});
export type DueQuery = z.infer<typeof dueQuerySchema>;

export const yearQuerySchema = z.object({ year: yearQuery() });
