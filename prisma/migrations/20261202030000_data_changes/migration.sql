-- Concurrent writers no longer queue on one row (issue 16). The single data_version row every write bumped held a
-- row lock until its transaction committed, so all writers of the district ran one after the other. Instead each
-- writing transaction appends one row naming itself (pg_current_xact_id); appends do not wait for each other.
-- A reader keeps the snapshot (pg_current_snapshot) it computed under and asks, on its next read, whether any
-- change it can now see was invisible to that snapshot — exact across instances, with no race at commit time.

DROP TRIGGER "obligations_data_version" ON "obligations";
DROP TRIGGER "units_data_version" ON "units";
DROP TRIGGER "contacts_data_version" ON "contacts";
DROP TRIGGER "streams_data_version" ON "streams";
DROP TRIGGER "scoring_rules_data_version" ON "scoring_rules";
DROP FUNCTION bump_data_version();
DROP TABLE "data_version";

CREATE TABLE "data_changes" (
    "id" BIGSERIAL NOT NULL,
    "txid" BIGINT NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT clock_timestamp(),
    CONSTRAINT "data_changes_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "data_changes_txid_idx" ON "data_changes"("txid");

-- Once per transaction: a later statement of the same transaction finds its own (uncommitted) row.
CREATE FUNCTION note_data_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO "data_changes" ("txid")
    SELECT pg_current_xact_id()::text::bigint
    WHERE NOT EXISTS (SELECT 1 FROM "data_changes" WHERE "txid" = pg_current_xact_id()::text::bigint);
    RETURN NULL;
END
$$;

CREATE TRIGGER "obligations_data_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "obligations"
    FOR EACH STATEMENT EXECUTE FUNCTION note_data_change();
CREATE TRIGGER "units_data_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "units"
    FOR EACH STATEMENT EXECUTE FUNCTION note_data_change();
CREATE TRIGGER "contacts_data_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "contacts"
    FOR EACH STATEMENT EXECUTE FUNCTION note_data_change();
CREATE TRIGGER "streams_data_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "streams"
    FOR EACH STATEMENT EXECUTE FUNCTION note_data_change();
CREATE TRIGGER "scoring_rules_data_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "scoring_rules"
    FOR EACH STATEMENT EXECUTE FUNCTION note_data_change();
-- The records' figures in a ranking come from record imports and the reviews that accept them.
CREATE TRIGGER "record_imports_data_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "record_imports"
    FOR EACH STATEMENT EXECUTE FUNCTION note_data_change();
CREATE TRIGGER "reviews_data_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "reviews"
    FOR EACH STATEMENT EXECUTE FUNCTION note_data_change();
