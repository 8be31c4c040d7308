// prisma/schema.prisma and the SQL migrations must describe the same database: Prisma's schema engine cannot
// run here (STACK.md), so nothing else checks it. The mutation table proves the check actually bites.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { schemaDrift } from './support/schema-drift.ts';
import { createTestDatabase } from './support/test-app.ts';

const SCHEMA_PATH = fileURLToPath(new URL('../prisma/schema.prisma', import.meta.url));

/** Replaces `from` by `to` exactly once, so a stale mutation fails loudly instead of testing nothing. */
function replaceOnce(text: string, from: string, to: string): string {
  const at = text.indexOf(from);
  if (at < 0 || text.indexOf(from, at + 1) >= 0) throw new Error(`mutation anchor not found exactly once: ${from}`);
  return text.slice(0, at) + to + text.slice(at + from.length);
}

describe('schema.prisma vs the migrated database', () => {
  let schemaText: string;
  let databaseUrl: string;

  beforeAll(async () => {
    schemaText = await readFile(SCHEMA_PATH, 'utf8');
    databaseUrl = await createTestDatabase();
  });

  it('agree: no drift', async () => {
    expect(await schemaDrift(schemaText, databaseUrl)).toEqual([]);
  });

  it.each<[string, (s: string) => string, string[]]>([
    [
      'a required field made optional',
      (s) => replaceOnce(s, 'username     String   @unique', 'username     String?  @unique'),
      ['users.username', 'nullable'],
    ],
    [
      'an extra field',
      (s) => replaceOnce(s, '  stage         String\n', '  stage         String\n  nickname      String?\n'),
      ['notices.nickname', 'missing'],
    ],
    [
      'a changed type',
      (s) => replaceOnce(s, 'size         Int\n', 'size         BigInt\n'),
      ['attachments.size', 'bigint', 'integer'],
    ],
    [
      'a removed @unique',
      (s) => replaceOnce(s, 'String     @unique @map("dedupe_key")', 'String     @map("dedupe_key")'),
      ['notices', 'dedupe_key', 'not declared'],
    ],
    [
      'an extra model',
      (s) => `${s}\nmodel Ghost {\n  id Int @id @default(autoincrement())\n\n  @@map("ghosts")\n}\n`,
      ['ghosts', 'missing'],
    ],
    [
      'an enum value added',
      (s) => replaceOnce(s, '  ONCE\n}', '  ONCE\n  BIWEEKLY\n}'),
      ['Cadence', 'BIWEEKLY'],
    ],
  ])('catches %s', async (_label, mutate, expected) => {
    const drift = await schemaDrift(mutate(schemaText), databaseUrl);
    expect(drift.length).toBeGreaterThan(0);
    const hits = drift.filter((line) => expected.every((part) => line.includes(part)));
    if (hits.length === 0) throw new Error(`no drift line mentions ${expected.join(' + ')}:\n${drift.join('\n')}`);
  });

  it('catches changes made on the database side; partial unique indexes need no declaration', async () => {
    const url = await createTestDatabase();
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await client.query('ALTER TABLE "streams" ALTER COLUMN "name" DROP NOT NULL');
      await client.query('CREATE UNIQUE INDEX "streams_name_key" ON "streams"("name")');
      await client.query('CREATE UNIQUE INDEX "streams_one_active_name" ON "streams"("name") WHERE "active"');
      await client.query('CREATE TABLE "stray" ("id" INTEGER)');
    } finally {
      await client.end();
    }
    const drift = await schemaDrift(schemaText, url);
    expect(drift).toEqual([
      'stray: table exists in the database but no model maps to it',
      'streams.name (Stream.name): schema says NOT NULL, database column is nullable',
      'streams: unique index streams_name_key on (name) exists in the database but is not declared in the schema',
    ]);
  });
});
