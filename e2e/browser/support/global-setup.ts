// The browser tests run the real app serving the BUILT dashboard: build it when missing or older than its
// sources, then start the shared PostgreSQL like the API tests do.
import globalSetup from '../../support/global-setup.ts';
// @ts-expect-error: a plain ES module script without type declarations
import { buildIfNeeded } from '../../../scripts/build-if-needed.mjs';

export default async function browserGlobalSetup(): Promise<void> {
  (buildIfNeeded as (o: { backend: boolean }) => void)({ backend: false });
  await globalSetup();
}
