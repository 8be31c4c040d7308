import { z } from 'zod';
import { isoInstant } from '../common/validation.ts';

export const roundsQuerySchema = z.object({ stream: z.string().trim().max(40).optional(), asOf: isoInstant.optional() });
export type RoundsQuery = z.infer<typeof roundsQuerySchema>;
