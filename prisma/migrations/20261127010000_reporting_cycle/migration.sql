-- The reporting cycle: obligation state kept current by writes, timeliness fixed at acceptance, the
-- month a range query counts an obligation in, streams that require the four counts, scoring rules.

CREATE TYPE "ObligationState" AS ENUM ('OPEN', 'SUBMITTED', 'ACCEPTED', 'RETURNED', 'EXCUSED', 'EXEMPT');

ALTER TABLE "streams" ADD COLUMN "requires_counts" BOOLEAN NOT NULL DEFAULT false;
UPDATE "streams" SET "requires_counts" = true WHERE "code" = 'SGS_MONTHLY';

ALTER TABLE "obligations"
    ADD COLUMN "report_month" DATE NOT NULL,
    ADD COLUMN "state" "ObligationState" NOT NULL DEFAULT 'OPEN',
    ADD COLUMN "timeliness_at" TIMESTAMPTZ(3),
    ADD COLUMN "latest_submission_id" INTEGER;
CREATE INDEX "obligations_report_month_unit_id_idx" ON "obligations"("report_month", "unit_id");
CREATE INDEX "obligations_unit_id_report_month_idx" ON "obligations"("unit_id", "report_month");

ALTER TABLE "reviews"
    ADD COLUMN "timeliness_at" TIMESTAMPTZ(3),
    ADD COLUMN "correction_until" TIMESTAMPTZ(3);

CREATE TABLE "scoring_rules" (
    "year" INTEGER NOT NULL,
    "late_per_report" DECIMAL(6,2) NOT NULL,
    "missing_per_report" DECIMAL(6,2) NOT NULL,
    "excused_per_report" DECIMAL(6,2) NOT NULL,
    "no_contact" DECIMAL(6,2) NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "scoring_rules_pkey" PRIMARY KEY ("year")
);

-- Explanations waiting for a decision.
CREATE INDEX "explanations_status_idx" ON "explanations"("status");
