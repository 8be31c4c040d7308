export default async function globalTeardown(): Promise<void> {
  // Every project runs this teardown; the shared server is stopped once.
  const g = globalThis as { __E2E_DB__?: { stop(): Promise<void> } };
  const db = g.__E2E_DB__;
  g.__E2E_DB__ = undefined;
  await db?.stop();
}
