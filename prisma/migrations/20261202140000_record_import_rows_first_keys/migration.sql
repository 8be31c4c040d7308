-- Repeats within a data file (重复记录, issue 16): each batch of an import looks its keys up among the rows stored
-- before it, instead of the server keeping every key of a 100,000-row file in memory while it streams. Only a
-- record's first row in the file holds its key, so the lookup is one index probe per key. Partial (the rows with
-- a key), so Prisma's schema language cannot state it (schema.prisma says so).
CREATE INDEX "record_import_rows_first_keys_idx" ON "record_import_rows"("import_id", "duplicate_key") WHERE "duplicate_key" IS NOT NULL;
