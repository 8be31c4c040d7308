// Entry of `npm run bench` (see run.ts; `--only <phase>` runs one phase alone, see options.ts).
import { parseBenchOptions } from './options.ts';
import { formatResults, runBenchmark, runImportOnly, runJobOnly, runRankingOnly, runRecordsOnly, runWritersOnly, writeResults } from './run.ts';

const options = parseBenchOptions(process.argv.slice(2));

async function main(): Promise<void> {
  if (options.only === 'import') {
    await runImportOnly(options);
    return;
  }
  if (options.only === 'records') {
    await runRecordsOnly(options);
    return;
  }
  if (options.only === 'ranking') {
    await runRankingOnly(options);
    return;
  }
  if (options.only === 'writers') {
    await runWritersOnly(options);
    return;
  }
  if (options.only === 'notices' || options.only === 'circular' || options.only === 'assessment') {
    await runJobOnly(options);
    return;
  }
  const results = await runBenchmark(options);
  console.log(`\n${formatResults(results)}\n`);
  await writeResults(results, options.out);
  console.log(`Written to ${options.out}`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
