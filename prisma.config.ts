// Prisma CLI configuration. The connection is only needed by CLI commands that talk to a database;
// `prisma generate` (run on install) needs none, so an unset DATABASE_URL must not break it.
import { defineConfig } from 'prisma/config';

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: { url: process.env.DATABASE_URL ?? 'postgresql://localhost/unused' },
});
