/**
 * `npm test`: runs the npm scripts named on the command line one after another (`tsx
 * scripts/run-stages.ts test:unit typecheck build ...`), prints each stage's time as it ends,
 * stops at the first failure with that stage's exit code, and ends with a table of every stage's
 * time and the machine's load average, so a slow stage on a busy machine shows with its figures.
 * `npm test -- --pulled` (the nightly, after its own pull) builds the site from the dataset already
 * pulled instead of pulling again (tools/stages.ts).
 */
import { spawn } from 'node:child_process';
import { loadavg } from 'node:os';
import { runStages, stagesFromArgs, stageTable } from '../tools/stages';

let names: string[];
try {
  names = stagesFromArgs(process.argv.slice(2));
} catch (error) {
  console.error((error as Error).message);
  process.exit(2);
}
if (!names.length) {
  console.error('run-stages: name the npm scripts to run, in order');
  process.exit(2);
}
const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(', ');
const loadAtStart = load();

/** `npm run <name>` with this npm (npm_execpath when npm started us), its output straight through. */
function npmRun(name: string): Promise<number> {
  const npm = process.env.npm_execpath;
  const [command, args] = npm ? [process.execPath, [npm, 'run', name]] : ['npm', ['run', name]];
  console.log(`\n=== stage ${names.indexOf(name) + 1}/${names.length}: ${name} ===`);
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: 'inherit' });
    child.on('error', (error) => {
      console.error(`run-stages: could not start ${name}: ${error.message}`);
      resolve(127);
    });
    child.on('exit', (code, signal) => {
      const exit = code ?? (signal ? 128 : 1);
      console.log(
        `=== ${name}: ${exit === 0 ? 'ok' : `FAILED (exit ${exit}${signal ? `, ${signal}` : ''})`} in ${((performance.now() - started) / 1000).toFixed(1)} s ===`,
      );
      resolve(exit);
    });
  });
}

const { results, code } = await runStages(names, npmRun);
console.log(`\n${stageTable(results)}\nload average (1, 5, 15 min) at start: ${loadAtStart}; at end: ${load()}`);
process.exit(code);
