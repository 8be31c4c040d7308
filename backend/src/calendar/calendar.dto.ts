import { z } from 'zod';

export const dueQuerySchema = z.object({
  stream: z.string().trim().min(1).max(40),
  period: z.string().trim().regex(/^(\d{4}(-(0[1-9]|1[0-2]|Q[1-4]))?|ONCE)$/, '期间格式应为 2026-09、2026-Q3、2026 或 ONCE'),
});
export type DueQuery = z.infer<typeof dueQuerySchema>;

export const yearQuerySchema = z.object({ year: z.coerce.number().int().min(2000).max(2100) });
