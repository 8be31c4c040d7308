-- 初评公示 and 申诉 (DESIGN.md §2.7): a year's preliminary results are frozen with what they were computed from;
-- units appeal a row or a refused bonus within the window; the office upholds or rejects each appeal.

ALTER TYPE "AssessmentStatus" ADD VALUE 'PRELIMINARY' BEFORE 'FINALISED';

CREATE TYPE "AppealStatus" AS ENUM ('OPEN', 'UPHELD', 'REJECTED');

ALTER TABLE "assessment_years" ADD COLUMN "preliminary_at" TIMESTAMPTZ(3),
    ADD COLUMN "preliminary_by_id" INTEGER,
    ADD COLUMN "appeal_deadline" TIMESTAMPTZ(3);

ALTER TABLE "assessment_results" ADD COLUMN "inputs" JSONB;

CREATE UNIQUE INDEX "assessment_deductions_year_unit_id_row_key_key" ON "assessment_deductions"("year", "unit_id", "row_key");

CREATE TABLE "appeals" (
    "id" SERIAL NOT NULL,
    "year" INTEGER NOT NULL,
    "unit_id" INTEGER NOT NULL,
    "deduction_id" INTEGER,
    "bonus_id" INTEGER,
    "row_key" TEXT,
    "subject" TEXT NOT NULL,
    "points" DECIMAL(6,2) NOT NULL,
    "reason" TEXT NOT NULL,
    "attachment_ids" INTEGER[] DEFAULT ARRAY[]::INTEGER[],
    "status" "AppealStatus" NOT NULL DEFAULT 'OPEN',
    "decision_reason" TEXT,
    "decided_by_id" INTEGER,
    "decided_at" TIMESTAMPTZ(3),
    "created_by_id" INTEGER,
    "created_at" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "appeals_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "appeals_year_status_idx" ON "appeals"("year", "status");
ALTER TABLE "appeals" ADD CONSTRAINT "appeals_unit_id_fkey"
    FOREIGN KEY ("unit_id") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
