-- The annual assessment as offices run it (DESIGN.md §2.7): a scheme per year (rules as data), 容缺 per unit and
-- category, bonus claims, and frozen rows that keep how the scheme traced each point.

CREATE TABLE "assessment_schemes" (
    "year" INTEGER NOT NULL,
    "scheme" JSONB NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "assessment_schemes_pkey" PRIMARY KEY ("year")
);

CREATE TABLE "assessment_exclusions" (
    "year" INTEGER NOT NULL,
    "unit_id" INTEGER NOT NULL,
    "category_id" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "assessment_exclusions_pkey" PRIMARY KEY ("year", "unit_id", "category_id")
);
ALTER TABLE "assessment_exclusions" ADD CONSTRAINT "assessment_exclusions_unit_id_fkey"
    FOREIGN KEY ("unit_id") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

CREATE TYPE "BonusStatus" AS ENUM ('PENDING', 'CONFIRMED', 'REFUSED');

CREATE TABLE "bonus_claims" (
    "id" SERIAL NOT NULL,
    "year" INTEGER NOT NULL,
    "unit_id" INTEGER NOT NULL,
    "rule_id" TEXT NOT NULL,
    "points" DECIMAL(6,2) NOT NULL,
    "reason" TEXT NOT NULL,
    "attachment_ids" INTEGER[] DEFAULT ARRAY[]::INTEGER[],
    "status" "BonusStatus" NOT NULL DEFAULT 'PENDING',
    "decision_reason" TEXT,
    "decided_by_id" INTEGER,
    "decided_at" TIMESTAMPTZ(3),
    "created_by_id" INTEGER,
    "created_at" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "bonus_claims_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "bonus_claims_year_unit_id_idx" ON "bonus_claims"("year", "unit_id");
ALTER TABLE "bonus_claims" ADD CONSTRAINT "bonus_claims_unit_id_fkey"
    FOREIGN KEY ("unit_id") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

ALTER TABLE "assessment_results" ADD COLUMN "bonus_total" DECIMAL(6,2) NOT NULL DEFAULT 0,
    ADD COLUMN "grade" TEXT,
    ADD COLUMN "categories" JSONB;

-- Rows of rate thresholds, bonuses and 容缺 have no DeductionCause.
ALTER TABLE "assessment_deductions" ALTER COLUMN "cause" DROP NOT NULL,
    ADD COLUMN "row_key" TEXT,
    ADD COLUMN "kind" TEXT,
    ADD COLUMN "rule_id" TEXT,
    ADD COLUMN "category_id" TEXT,
    ADD COLUMN "label" TEXT;

ALTER TABLE "assessment_years" ADD COLUMN "scheme" JSONB;
