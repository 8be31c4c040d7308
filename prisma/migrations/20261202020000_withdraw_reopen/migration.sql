-- A unit withdraws a filing still in review (it then counts as never filed); the office reopens an accepted one
-- (its review is removed, the filing is in review again) with a reason the unit sees.
ALTER TABLE "submissions" ADD COLUMN "withdrawn_at" TIMESTAMPTZ(3);
ALTER TABLE "submissions" ADD COLUMN "reopened_at" TIMESTAMPTZ(3);
ALTER TABLE "submissions" ADD COLUMN "reopen_reason" TEXT;
