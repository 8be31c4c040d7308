-- 信用信息归集 (RECORDS.md): the records units hand over. An import is a checked draft of one file against one
-- obligation, its rows kept with their errors and warnings; filing it makes a submission, whose valid rows
-- enter the district's records (the library). A returned version's records leave the library again.

CREATE TYPE "RecordKind" AS ENUM ('CF_LEGAL', 'XK_LEGAL', 'CF_NATURAL', 'XK_NATURAL', 'HHB', 'XYDM');

ALTER TABLE "streams" ADD COLUMN "record_kinds" "RecordKind"[] DEFAULT ARRAY[]::"RecordKind"[];
UPDATE "streams" SET "record_kinds" = ARRAY['CF_LEGAL', 'XK_LEGAL', 'CF_NATURAL', 'XK_NATURAL']::"RecordKind"[]
    WHERE "code" IN ('SGS_MONTHLY', 'SGS_STOCK');
UPDATE "streams" SET "record_kinds" = ARRAY['HHB']::"RecordKind"[] WHERE "code" IN ('HHB', 'HHB_STOCK');
UPDATE "streams" SET "record_kinds" = ARRAY['XYDM']::"RecordKind"[] WHERE "code" = 'XYDM';

CREATE TABLE "record_imports" (
    "id" SERIAL NOT NULL,
    "obligation_id" INTEGER NOT NULL,
    "unit_id" INTEGER NOT NULL,
    "file_name" TEXT NOT NULL,
    "rows" INTEGER NOT NULL,
    "valid" INTEGER NOT NULL,
    "late" INTEGER NOT NULL,
    "summary" JSONB NOT NULL,
    "created_by_id" INTEGER,
    "created_at" TIMESTAMPTZ(3) NOT NULL,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "submission_id" INTEGER,
    CONSTRAINT "record_imports_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "record_imports_submission_id_key" ON "record_imports"("submission_id");
CREATE INDEX "record_imports_unit_id_idx" ON "record_imports"("unit_id");
CREATE INDEX "record_imports_obligation_id_idx" ON "record_imports"("obligation_id");
ALTER TABLE "record_imports" ADD CONSTRAINT "record_imports_obligation_id_fkey" FOREIGN KEY ("obligation_id") REFERENCES "obligations"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "record_imports" ADD CONSTRAINT "record_imports_unit_id_fkey" FOREIGN KEY ("unit_id") REFERENCES "units"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "record_imports" ADD CONSTRAINT "record_imports_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "record_imports" ADD CONSTRAINT "record_imports_submission_id_fkey" FOREIGN KEY ("submission_id") REFERENCES "submissions"("id") ON DELETE SET NULL ON UPDATE CASCADE;

CREATE TABLE "record_import_rows" (
    "import_id" INTEGER NOT NULL,
    "sheet" TEXT NOT NULL,
    "row" INTEGER NOT NULL,
    "kind" "RecordKind" NOT NULL,
    "values" JSONB NOT NULL,
    "record" JSONB,
    "duplicate_key" TEXT,
    "timely" BOOLEAN,
    "errors" JSONB NOT NULL,
    "warnings" JSONB NOT NULL,
    "valid" BOOLEAN NOT NULL,
    CONSTRAINT "record_import_rows_pkey" PRIMARY KEY ("import_id", "sheet", "row")
);
ALTER TABLE "record_import_rows" ADD CONSTRAINT "record_import_rows_import_id_fkey" FOREIGN KEY ("import_id") REFERENCES "record_imports"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE TABLE "records" (
    "id" SERIAL NOT NULL,
    "unit_id" INTEGER NOT NULL,
    "stream_id" INTEGER NOT NULL,
    "submission_id" INTEGER NOT NULL,
    "import_id" INTEGER NOT NULL,
    "sheet" TEXT NOT NULL,
    "row" INTEGER NOT NULL,
    "kind" "RecordKind" NOT NULL,
    "subject_name" TEXT NOT NULL,
    "credit_code" TEXT,
    "id_number" TEXT,
    "document_number" TEXT NOT NULL,
    "duplicate_key" TEXT NOT NULL,
    "decision_date" DATE NOT NULL,
    "published_on" DATE,
    "timely" BOOLEAN NOT NULL,
    "data" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "records_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "records_credit_code_idx" ON "records"("credit_code");
CREATE INDEX "records_id_number_idx" ON "records"("id_number");
CREATE INDEX "records_document_number_idx" ON "records"("document_number");
CREATE INDEX "records_subject_name_idx" ON "records"("subject_name");
CREATE INDEX "records_unit_id_kind_decision_date_idx" ON "records"("unit_id", "kind", "decision_date");
CREATE INDEX "records_unit_id_duplicate_key_idx" ON "records"("unit_id", "duplicate_key");
CREATE INDEX "records_submission_id_idx" ON "records"("submission_id");
CREATE INDEX "records_decision_date_idx" ON "records"("decision_date");
ALTER TABLE "records" ADD CONSTRAINT "records_unit_id_fkey" FOREIGN KEY ("unit_id") REFERENCES "units"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "records" ADD CONSTRAINT "records_stream_id_fkey" FOREIGN KEY ("stream_id") REFERENCES "streams"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "records" ADD CONSTRAINT "records_submission_id_fkey" FOREIGN KEY ("submission_id") REFERENCES "submissions"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "records" ADD CONSTRAINT "records_import_id_fkey" FOREIGN KEY ("import_id") REFERENCES "record_imports"("id") ON DELETE CASCADE ON UPDATE CASCADE;
