-- Each change row names the unit whose figures it may change (issue 16): a cached ranking then recomputes only
-- those units' rows after a filing, instead of every unit's. NULL stands for "any unit" (streams, scoring rules,
-- TRUNCATE, a review whose unit cannot be found): the ranking is computed again whole.
-- The triggers read the statement's rows through transition tables (one trigger per event: PostgreSQL allows
-- transition tables only on single-event triggers). A statement that changes no row leaves no change row.
ALTER TABLE "data_changes" ADD COLUMN "unit_id" INTEGER;
DROP INDEX "data_changes_txid_idx";
CREATE INDEX "data_changes_txid_unit_id_idx" ON "data_changes"("txid", "unit_id");

-- Once per transaction and unit: a later statement of the same transaction finds its own (uncommitted) row. Past
-- 1,000 units (obligations generated for a whole district, a calendar change) one NULL row stands for them all,
-- which is what a ranking would do with them anyway (compute again whole).
CREATE FUNCTION note_units_changed(units INTEGER[]) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    tx BIGINT := pg_current_xact_id()::text::bigint;
BEGIN
    IF array_position(units, NULL) IS NOT NULL OR cardinality(units) > 1000 THEN
        INSERT INTO "data_changes" ("txid", "unit_id")
        SELECT tx, NULL WHERE NOT EXISTS (SELECT 1 FROM "data_changes" d WHERE d."txid" = tx AND d."unit_id" IS NULL);
    ELSE
        INSERT INTO "data_changes" ("txid", "unit_id")
        SELECT tx, u FROM unnest(units) AS u
        WHERE NOT EXISTS (SELECT 1 FROM "data_changes" d WHERE d."txid" = tx AND d."unit_id" = u);
    END IF;
END
$$;

-- TG_ARGV[0]: the unit of a row `r` of the table, as an SQL expression.
CREATE OR REPLACE FUNCTION note_data_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    unit_of TEXT := TG_ARGV[0];
    units INTEGER[];
BEGIN
    IF TG_OP = 'TRUNCATE' OR unit_of IS NULL THEN
        units := ARRAY[NULL::INTEGER];
    ELSIF TG_OP = 'INSERT' THEN
        EXECUTE format('SELECT array_agg(DISTINCT %s) FROM new_rows r', unit_of) INTO units;
    ELSIF TG_OP = 'DELETE' THEN
        EXECUTE format('SELECT array_agg(DISTINCT %s) FROM old_rows r', unit_of) INTO units;
    ELSE
        EXECUTE format('SELECT array_agg(DISTINCT u) FROM (SELECT %1$s AS u FROM new_rows r UNION ALL SELECT %1$s FROM old_rows r) x', unit_of) INTO units;
    END IF;
    IF units IS NOT NULL THEN
        PERFORM note_units_changed(units);
    END IF;
    RETURN NULL;
END
$$;

DO $$
DECLARE
    t RECORD;
BEGIN
    FOR t IN SELECT * FROM (VALUES
        ('obligations', 'r.unit_id'),
        ('units', 'r.id'),
        ('contacts', 'r.unit_id'),
        ('record_imports', 'r.unit_id'),
        -- NULL (any unit) when the submission went in the same statement (a cascade).
        ('reviews', '(SELECT o.unit_id FROM submissions s JOIN obligations o ON o.id = s.obligation_id WHERE s.id = r.submission_id)')
    ) AS v(name, unit_of) LOOP
        EXECUTE format('DROP TRIGGER %I ON %I', t.name || '_data_change', t.name);
        EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION note_data_change(%L)', t.name || '_data_change_insert', t.name, t.unit_of);
        EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION note_data_change(%L)', t.name || '_data_change_update', t.name, t.unit_of);
        EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %I REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION note_data_change(%L)', t.name || '_data_change_delete', t.name, t.unit_of);
        EXECUTE format('CREATE TRIGGER %I AFTER TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION note_data_change()', t.name || '_data_change_truncate', t.name);
    END LOOP;
END
$$;
-- streams and scoring_rules keep their statement trigger without an argument: a change there is to any unit.
