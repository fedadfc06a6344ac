/**
 * Pulls the subscriptions export into data/dataset.json.
 *   npm run pull [-- --source <file> --columns <map.json>]
 * Defaults to the embedded demo export. Exit codes: 0 ok, 2 invalid input.
 */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { PATHS } from '../src/lib/paths';
import { formatProblem, InvalidInputError } from '../src/lib/pull/problems';
import { pull } from '../src/lib/pull/pull';

const EXIT_INVALID_INPUT = 2;

const { values } = parseArgs({
  options: { source: { type: 'string' }, columns: { type: 'string' } },
});
const sourcePath = values.source ?? process.env.HHH_SOURCE ?? PATHS.demoExport;
const columnsPath = values.columns ?? process.env.HHH_COLUMNS ?? PATHS.demoColumns;

for (const [what, path] of [['source', sourcePath], ['column map', columnsPath]] as const) {
  if (/^https?:\/\//i.test(path)) {
    console.error(`pull: downloading the ${what} from a URL is not supported yet; download it and pass the file path`);
    process.exit(EXIT_INVALID_INPUT);
  }
  if (!existsSync(path)) {
    console.error(`pull: the ${what} file ${path} does not exist`);
    process.exit(EXIT_INVALID_INPUT);
  }
}

const started = performance.now();
try {
  const summary = pull({
    sourcePath,
    columnsPath,
    registryDirectory: PATHS.registry,
    cataloguePath: PATHS.catalogue,
    demoSourcePath: PATHS.demoExport,
    outputPath: PATHS.dataset,
  });
  for (const warning of summary.warnings.slice(0, 20)) console.error(`warning: ${formatProblem(warning)}`);
  const { dataset } = summary;
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  console.error(
    [
      `pull: ${sourcePath}${dataset.source.isDemo ? ' (demo data)' : ''}`,
      `  rows read ${summary.rowsRead}, accepted ${summary.rowsAccepted}, identical duplicates merged ${summary.mergedDuplicates}, warnings ${summary.warnings.length}`,
      `  ${dataset.libraries.length} libraries, ${dataset.services.length} services, ${dataset.subscriptions.length} subscription rows, years ${dataset.periods.map((p) => p.year).join(', ')}`,
      `  wrote ${PATHS.dataset} in ${seconds} s`,
    ].join('\n'),
  );
} catch (error) {
  if (error instanceof InvalidInputError) {
    console.error(`pull: ${error.message}`);
    console.error('pull: nothing was written; the last good dataset is unchanged.');
    process.exit(EXIT_INVALID_INPUT);
  }
  throw error;
}
