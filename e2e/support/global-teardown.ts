export default async function globalTeardown(): Promise<void> {
  const db = (globalThis as { __E2E_DB__?: { stop(): Promise<void> } }).__E2E_DB__;
  await db?.stop();
}
