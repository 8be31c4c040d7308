-- The ranking's JSON is written by the database (compliance/ranking.sql.ts) and sent by the server as it is (issue
-- 16). Its only non-ASCII characters were the units' names; one such character makes the whole 4 MB text two bytes
-- per character in Node, and reading it from the driver, indexing its rows and writing it out cost several times
-- more (~20 ms per computation at 10,000 units). So each unit keeps its name as ASCII JSON text ("\u53ec…", what
-- JSON.parse reads back as the name), set by a trigger whenever the name is written. A trigger rather than a
-- generated column: the backup's restore inserts every column of a row as dumped.

-- JSON text of a string with every character outside ASCII written as \uXXXX (a surrogate pair above U+FFFF).
CREATE FUNCTION json_ascii(value text) RETURNS text LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $$
DECLARE
    quoted text := to_json(value)::text;
    result text := '';
    ch text;
    code int;
BEGIN
    IF quoted !~ '[^\x01-\x7f]' THEN
        RETURN quoted;
    END IF;
    FOREACH ch IN ARRAY regexp_split_to_array(quoted, '') LOOP
        code := ascii(ch);
        IF code < 128 THEN
            result := result || ch;
        ELSIF code < 65536 THEN
            result := result || '\u' || lpad(to_hex(code), 4, '0');
        ELSE
            code := code - 65536;
            result := result || '\u' || to_hex(55296 + (code >> 10)) || '\u' || to_hex(56320 + (code & 1023));
        END IF;
    END LOOP;
    RETURN result;
END
$$;

ALTER TABLE "units" ADD COLUMN "name_json" TEXT NOT NULL DEFAULT '';

CREATE FUNCTION units_name_json() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.name_json := json_ascii(NEW.name);
    RETURN NEW;
END
$$;

CREATE TRIGGER "units_name_json" BEFORE INSERT OR UPDATE OF "name" ON "units"
    FOR EACH ROW EXECUTE FUNCTION units_name_json();

UPDATE "units" SET "name_json" = json_ascii("name");
