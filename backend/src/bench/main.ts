// Entry of `npm run bench` (see run.ts).
import { parseBenchOptions } from './options.ts';
import { formatResults, runBenchmark, writeResults } from './run.ts';

const options = parseBenchOptions(process.argv.slice(2));
runBenchmark(options)
  .then(async (results) => {
    console.log(`\n${formatResults(results)}\n`);
    await writeResults(results, options.out);
    console.log(`Written to ${options.out}`);
    process.exit(0);
  })
  .catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
