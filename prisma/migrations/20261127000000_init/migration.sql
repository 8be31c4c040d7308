-- Initial schema: the domain of DESIGN.md §2. Written in Prisma's own naming conventions so the real
-- Prisma CLI, where it can run, sees no drift.

CREATE TYPE "Role" AS ENUM ('ADMIN', 'LEADER', 'UNIT');
CREATE TYPE "Cadence" AS ENUM ('MONTHLY', 'QUARTERLY', 'YEARLY', 'ONCE');
CREATE TYPE "HolidayPolicy" AS ENUM ('NEXT_WORKDAY', 'NONE');
CREATE TYPE "SubmissionKind" AS ENUM ('DATA', 'NO_DATA');
CREATE TYPE "ReviewDecision" AS ENUM ('ACCEPT', 'RETURN');
CREATE TYPE "ExplanationCategory" AS ENUM ('STAFF_CHANGE', 'SYSTEM_FAILURE', 'DATA_NOT_READY', 'NOT_NOTIFIED', 'FORCE_MAJEURE', 'OTHER');
CREATE TYPE "ExplanationStatus" AS ENUM ('PENDING', 'ACCEPTED', 'REJECTED');
CREATE TYPE "NoticeKind" AS ENUM ('REMINDER', 'OVERDUE', 'ESCALATION', 'SUMMARY');

CREATE TABLE "settings" (
    "key" TEXT NOT NULL,
    "value" JSONB NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "settings_pkey" PRIMARY KEY ("key")
);

CREATE TABLE "units" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "sort_order" INTEGER NOT NULL,
    "credit_code" TEXT,
    "address" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "units_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "units_name_key" ON "units"("name");
CREATE UNIQUE INDEX "units_sort_order_key" ON "units"("sort_order");
CREATE UNIQUE INDEX "units_credit_code_key" ON "units"("credit_code");

CREATE TABLE "contacts" (
    "id" SERIAL NOT NULL,
    "unit_id" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "post" TEXT,
    "phone" TEXT,
    "mobile" TEXT,
    "email" TEXT,
    "primary" BOOLEAN NOT NULL DEFAULT false,
    "leader" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "contacts_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "contacts_unit_id_idx" ON "contacts"("unit_id");
-- One primary contact per unit. Prisma's schema language cannot state a partial index; the service keeps
-- the rule and this index guards it.
CREATE UNIQUE INDEX "contacts_one_primary_per_unit" ON "contacts"("unit_id") WHERE "primary";

CREATE TABLE "streams" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "cadence" "Cadence" NOT NULL,
    "due_day" INTEGER NOT NULL DEFAULT 5,
    "due_date" DATE,
    "holiday_policy" "HolidayPolicy" NOT NULL DEFAULT 'NEXT_WORKDAY',
    "correction_workdays" INTEGER NOT NULL DEFAULT 3,
    "since" DATE,
    "description" TEXT,
    "sort_order" INTEGER NOT NULL DEFAULT 0,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "streams_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "streams_code_key" ON "streams"("code");

CREATE TABLE "assignments" (
    "id" SERIAL NOT NULL,
    "unit_id" INTEGER NOT NULL,
    "stream_id" INTEGER NOT NULL,
    "valid_from" DATE NOT NULL,
    "valid_to" DATE,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "assignments_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "assignments_unit_id_stream_id_valid_from_key" ON "assignments"("unit_id", "stream_id", "valid_from");
CREATE INDEX "assignments_stream_id_idx" ON "assignments"("stream_id");

CREATE TABLE "obligations" (
    "id" SERIAL NOT NULL,
    "unit_id" INTEGER NOT NULL,
    "stream_id" INTEGER NOT NULL,
    "assignment_id" INTEGER,
    "period" TEXT NOT NULL,
    "period_start" DATE NOT NULL,
    "due_at" TIMESTAMPTZ(3) NOT NULL,
    "due_shifted_from" DATE,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "obligations_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "obligations_unit_id_stream_id_period_key" ON "obligations"("unit_id", "stream_id", "period");
CREATE INDEX "obligations_stream_id_period_idx" ON "obligations"("stream_id", "period");
CREATE INDEX "obligations_period_idx" ON "obligations"("period");
CREATE INDEX "obligations_due_at_idx" ON "obligations"("due_at");

CREATE TABLE "submissions" (
    "id" SERIAL NOT NULL,
    "obligation_id" INTEGER NOT NULL,
    "version" INTEGER NOT NULL,
    "kind" "SubmissionKind" NOT NULL,
    "legal_person_licenses" INTEGER,
    "legal_person_penalties" INTEGER,
    "natural_person_licenses" INTEGER,
    "natural_person_penalties" INTEGER,
    "reason" TEXT,
    "filed_at" TIMESTAMPTZ(3) NOT NULL,
    "recorded_by_office" BOOLEAN NOT NULL DEFAULT false,
    "filed_by_id" INTEGER,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "submissions_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "submissions_obligation_id_version_key" ON "submissions"("obligation_id", "version");

CREATE TABLE "attachments" (
    "id" SERIAL NOT NULL,
    "submission_id" INTEGER,
    "unit_id" INTEGER,
    "file_name" TEXT NOT NULL,
    "mime_type" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "content" BYTEA NOT NULL,
    "uploaded_by_id" INTEGER,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "attachments_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "attachments_submission_id_idx" ON "attachments"("submission_id");

CREATE TABLE "reviews" (
    "id" SERIAL NOT NULL,
    "submission_id" INTEGER NOT NULL,
    "decision" "ReviewDecision" NOT NULL,
    "reason" TEXT,
    "reviewer_id" INTEGER,
    "decided_at" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "reviews_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "reviews_submission_id_key" ON "reviews"("submission_id");

CREATE TABLE "explanations" (
    "id" SERIAL NOT NULL,
    "obligation_id" INTEGER NOT NULL,
    "category" "ExplanationCategory" NOT NULL,
    "text" TEXT NOT NULL,
    "status" "ExplanationStatus" NOT NULL DEFAULT 'PENDING',
    "filed_by_id" INTEGER,
    "filed_at" TIMESTAMPTZ(3) NOT NULL,
    "decision_reason" TEXT,
    "decided_by_id" INTEGER,
    "decided_at" TIMESTAMPTZ(3),
    CONSTRAINT "explanations_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "explanations_obligation_id_idx" ON "explanations"("obligation_id");

CREATE TABLE "exemptions" (
    "id" SERIAL NOT NULL,
    "obligation_id" INTEGER NOT NULL,
    "reason" TEXT NOT NULL,
    "created_by_id" INTEGER,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "exemptions_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "exemptions_obligation_id_key" ON "exemptions"("obligation_id");

CREATE TABLE "notices" (
    "id" SERIAL NOT NULL,
    "kind" "NoticeKind" NOT NULL,
    "unit_id" INTEGER,
    "stage" TEXT NOT NULL,
    "dedupe_key" TEXT NOT NULL,
    "obligation_ids" INTEGER[],
    "for_date" DATE NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "recipients" JSONB NOT NULL,
    "read_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "notices_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "notices_dedupe_key_key" ON "notices"("dedupe_key");
CREATE INDEX "notices_unit_id_created_at_idx" ON "notices"("unit_id", "created_at");

CREATE TABLE "users" (
    "id" SERIAL NOT NULL,
    "username" TEXT NOT NULL,
    "password_hash" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "unit_id" INTEGER,
    "display_name" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "token_version" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "users_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "users_username_key" ON "users"("username");
CREATE INDEX "users_unit_id_idx" ON "users"("unit_id");

CREATE TABLE "login_failures" (
    "id" SERIAL NOT NULL,
    "key" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "login_failures_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "login_failures_key_created_at_idx" ON "login_failures"("key", "created_at");

CREATE TABLE "audit_events" (
    "id" SERIAL NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "user_id" INTEGER,
    "username" TEXT,
    "action" TEXT NOT NULL,
    "resource" TEXT NOT NULL,
    "record_id" TEXT NOT NULL,
    "unit_id" INTEGER,
    "before" JSONB,
    "after" JSONB,
    CONSTRAINT "audit_events_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "audit_events_resource_record_id_idx" ON "audit_events"("resource", "record_id");
CREATE INDEX "audit_events_at_idx" ON "audit_events"("at");
CREATE INDEX "audit_events_unit_id_idx" ON "audit_events"("unit_id");

ALTER TABLE "contacts" ADD CONSTRAINT "contacts_unit_id_fkey" FOREIGN KEY ("unit_id") REFERENCES "units"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_unit_id_fkey" FOREIGN KEY ("unit_id") REFERENCES "units"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_stream_id_fkey" FOREIGN KEY ("stream_id") REFERENCES "streams"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "obligations" ADD CONSTRAINT "obligations_unit_id_fkey" FOREIGN KEY ("unit_id") REFERENCES "units"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "obligations" ADD CONSTRAINT "obligations_stream_id_fkey" FOREIGN KEY ("stream_id") REFERENCES "streams"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "obligations" ADD CONSTRAINT "obligations_assignment_id_fkey" FOREIGN KEY ("assignment_id") REFERENCES "assignments"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "submissions" ADD CONSTRAINT "submissions_obligation_id_fkey" FOREIGN KEY ("obligation_id") REFERENCES "obligations"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "submissions" ADD CONSTRAINT "submissions_filed_by_id_fkey" FOREIGN KEY ("filed_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "attachments" ADD CONSTRAINT "attachments_submission_id_fkey" FOREIGN KEY ("submission_id") REFERENCES "submissions"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "reviews" ADD CONSTRAINT "reviews_submission_id_fkey" FOREIGN KEY ("submission_id") REFERENCES "submissions"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "reviews" ADD CONSTRAINT "reviews_reviewer_id_fkey" FOREIGN KEY ("reviewer_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "explanations" ADD CONSTRAINT "explanations_obligation_id_fkey" FOREIGN KEY ("obligation_id") REFERENCES "obligations"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "exemptions" ADD CONSTRAINT "exemptions_obligation_id_fkey" FOREIGN KEY ("obligation_id") REFERENCES "obligations"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "notices" ADD CONSTRAINT "notices_unit_id_fkey" FOREIGN KEY ("unit_id") REFERENCES "units"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "users" ADD CONSTRAINT "users_unit_id_fkey" FOREIGN KEY ("unit_id") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
