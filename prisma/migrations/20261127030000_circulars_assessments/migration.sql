-- Quarterly circulars (frozen snapshot, numbering without gaps, corrections as versions) and the annual
-- target assessment (year state, manual adjustments, results and deductions frozen at finalisation).

CREATE TYPE "CircularState" AS ENUM ('DRAFT', 'PUBLISHED');
CREATE TYPE "AssessmentStatus" AS ENUM ('OPEN', 'FINALISED');
CREATE TYPE "DeductionCause" AS ENUM ('LATE', 'MISSING', 'EXCUSED', 'NO_CONTACT');

CREATE TABLE "circulars" (
    "id" SERIAL NOT NULL,
    "year" INTEGER NOT NULL,
    "quarter" INTEGER NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "replaces_id" INTEGER,
    "correction_reason" TEXT,
    "state" "CircularState" NOT NULL DEFAULT 'DRAFT',
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "as_of" TIMESTAMPTZ(3) NOT NULL,
    "summary" JSONB NOT NULL,
    "number" TEXT,
    "number_year" INTEGER,
    "number_seq" INTEGER,
    "issued_on" DATE,
    "issuing_body" TEXT,
    "published_at" TIMESTAMPTZ(3),
    "published_by_id" INTEGER,
    "created_by_id" INTEGER,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "circulars_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "circulars_replaces_id_key" ON "circulars"("replaces_id");
CREATE UNIQUE INDEX "circulars_number_key" ON "circulars"("number");
CREATE UNIQUE INDEX "circulars_year_quarter_version_key" ON "circulars"("year", "quarter", "version");
CREATE UNIQUE INDEX "circulars_number_year_number_seq_key" ON "circulars"("number_year", "number_seq");
ALTER TABLE "circulars" ADD CONSTRAINT "circulars_replaces_id_fkey"
    FOREIGN KEY ("replaces_id") REFERENCES "circulars"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

CREATE TABLE "circular_rows" (
    "circular_id" INTEGER NOT NULL,
    "unit_id" INTEGER NOT NULL,
    "rank" INTEGER NOT NULL,
    "unit_name" TEXT NOT NULL,
    "sort_order" INTEGER NOT NULL,
    "has_contact" BOOLEAN NOT NULL,
    "expected" INTEGER NOT NULL,
    "on_time" INTEGER NOT NULL,
    "late" INTEGER NOT NULL,
    "missing" INTEGER NOT NULL,
    "excused" INTEGER NOT NULL,
    "in_review" INTEGER NOT NULL,
    "days_late" INTEGER NOT NULL,
    "score" DECIMAL(6,2) NOT NULL,
    CONSTRAINT "circular_rows_pkey" PRIMARY KEY ("circular_id", "unit_id")
);
CREATE INDEX "circular_rows_circular_id_rank_idx" ON "circular_rows"("circular_id", "rank");
ALTER TABLE "circular_rows" ADD CONSTRAINT "circular_rows_circular_id_fkey"
    FOREIGN KEY ("circular_id") REFERENCES "circulars"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE TABLE "circular_obligations" (
    "circular_id" INTEGER NOT NULL,
    "obligation_id" INTEGER NOT NULL,
    "unit_id" INTEGER NOT NULL,
    "stream_id" INTEGER NOT NULL,
    "period" TEXT NOT NULL,
    "report_month" DATE NOT NULL,
    "status" TEXT NOT NULL,
    "past_due" BOOLEAN NOT NULL,
    "days_late" INTEGER,
    CONSTRAINT "circular_obligations_pkey" PRIMARY KEY ("circular_id", "obligation_id")
);
CREATE INDEX "circular_obligations_circular_id_unit_id_idx" ON "circular_obligations"("circular_id", "unit_id");
ALTER TABLE "circular_obligations" ADD CONSTRAINT "circular_obligations_circular_id_fkey"
    FOREIGN KEY ("circular_id") REFERENCES "circulars"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE TABLE "circular_counters" (
    "year" INTEGER NOT NULL,
    "last_number" INTEGER NOT NULL,
    CONSTRAINT "circular_counters_pkey" PRIMARY KEY ("year")
);

CREATE TABLE "assessment_years" (
    "year" INTEGER NOT NULL,
    "status" "AssessmentStatus" NOT NULL DEFAULT 'OPEN',
    "rules" JSONB,
    "finalised_at" TIMESTAMPTZ(3),
    "finalised_by_id" INTEGER,
    "reopened_at" TIMESTAMPTZ(3),
    "reopened_by_id" INTEGER,
    "reopen_reason" TEXT,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "assessment_years_pkey" PRIMARY KEY ("year")
);

CREATE TABLE "assessment_adjustments" (
    "id" SERIAL NOT NULL,
    "year" INTEGER NOT NULL,
    "unit_id" INTEGER NOT NULL,
    "points" DECIMAL(6,2) NOT NULL,
    "reason" TEXT NOT NULL,
    "created_by_id" INTEGER,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "assessment_adjustments_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "assessment_adjustments_year_unit_id_idx" ON "assessment_adjustments"("year", "unit_id");
ALTER TABLE "assessment_adjustments" ADD CONSTRAINT "assessment_adjustments_unit_id_fkey"
    FOREIGN KEY ("unit_id") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

CREATE TABLE "assessment_results" (
    "year" INTEGER NOT NULL,
    "unit_id" INTEGER NOT NULL,
    "unit_name" TEXT NOT NULL,
    "sort_order" INTEGER NOT NULL,
    "rank" INTEGER NOT NULL,
    "has_contact" BOOLEAN NOT NULL,
    "expected" INTEGER NOT NULL,
    "on_time" INTEGER NOT NULL,
    "late" INTEGER NOT NULL,
    "missing" INTEGER NOT NULL,
    "excused" INTEGER NOT NULL,
    "in_review" INTEGER NOT NULL,
    "days_late" INTEGER NOT NULL,
    "computed_score" DECIMAL(6,2) NOT NULL,
    "adjustment_total" DECIMAL(6,2) NOT NULL,
    "score" DECIMAL(6,2) NOT NULL,
    CONSTRAINT "assessment_results_pkey" PRIMARY KEY ("year", "unit_id")
);

CREATE TABLE "assessment_deductions" (
    "id" SERIAL NOT NULL,
    "year" INTEGER NOT NULL,
    "unit_id" INTEGER NOT NULL,
    "cause" "DeductionCause" NOT NULL,
    "obligation_id" INTEGER,
    "stream_name" TEXT,
    "period" TEXT,
    "status" TEXT,
    "days_late" INTEGER,
    "points" DECIMAL(6,2) NOT NULL,
    CONSTRAINT "assessment_deductions_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "assessment_deductions_year_unit_id_idx" ON "assessment_deductions"("year", "unit_id");
