-- What the chase still asks for (issue 16): the notices job's two reads (chaseCandidates, missingUpTo) want the
-- obligations with nothing valid filed (STILL_OWED: state OPEN or RETURNED), a few per cent of a province's
-- 1.4 million. Without this index each read walked every obligation due so far (~1.7 s apiece at 10,000 units);
-- with it, only those still owed. Partial, so Prisma's schema language cannot state it (schema.prisma says so).
CREATE INDEX "obligations_still_owed_due_at_idx" ON "obligations"("due_at") WHERE "state" IN ('OPEN', 'RETURNED');
