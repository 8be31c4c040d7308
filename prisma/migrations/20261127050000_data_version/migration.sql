-- A version number of everything a ranking is computed from. Statement-level triggers bump it inside the
-- writing transaction (a row, not a sequence: a sequence moves before the commit, and a reader could cache
-- old data under the new number). Every instance compares it before serving a cached ranking.

CREATE TABLE "data_version" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "v" BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT "data_version_pkey" PRIMARY KEY ("id")
);
INSERT INTO "data_version" ("id", "v") VALUES (1, 0);

CREATE FUNCTION bump_data_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE "data_version" SET "v" = "v" + 1 WHERE "id" = 1;
    RETURN NULL;
END
$$;

CREATE TRIGGER "obligations_data_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "obligations"
    FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version();
CREATE TRIGGER "units_data_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "units"
    FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version();
CREATE TRIGGER "contacts_data_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "contacts"
    FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version();
CREATE TRIGGER "streams_data_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "streams"
    FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version();
CREATE TRIGGER "scoring_rules_data_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "scoring_rules"
    FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version();
