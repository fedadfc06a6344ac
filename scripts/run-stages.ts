/**
 * `npm test`: runs the npm scripts named on the command line one after another (`tsx
 * scripts/run-stages.ts lint+test:unit build ...`; names joined by `+` run side by side, each
 * output line then starting with its stage's name), prints each stage's time as it ends, stops
 * after the first step with a failure with that stage's exit code, and ends with a table of every
 * stage's time and the machine's load average, so a slow stage on a busy machine shows with its figures.
 * `npm test -- --pulled` (the nightly, after its own pull) builds the site from the dataset already
 * pulled instead of pulling again (tools/stages.ts).
 */
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { loadavg } from 'node:os';
import { runStages, stagesFromArgs, stageTable } from '../tools/stages';

let steps: string[][];
try {
  steps = stagesFromArgs(process.argv.slice(2));
} catch (error) {
  console.error((error as Error).message);
  process.exit(2);
}
const names = steps.flat();
if (!names.length) {
  console.error('run-stages: name the npm scripts to run, in order');
  process.exit(2);
}
const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(', ');
const loadAtStart = load();

/** Copies a side-by-side stage's output line by line, each line led by the stage's name. */
function prefixLines(from: Readable, to: Writable, name: string): void {
  createInterface({ input: from, crlfDelay: Infinity }).on('line', (line) => to.write(`[${name}] ${line}\n`));
}

/**
 * `npm run <name>` with this npm (npm_execpath when npm started us): its output straight through
 * when it runs alone, line by line with its name when others run beside it.
 */
function npmRun(name: string): Promise<number> {
  const npm = process.env.npm_execpath;
  const [command, args] = npm ? [process.execPath, [npm, 'run', name]] : ['npm', ['run', name]];
  const beside = steps.find((step) => step.includes(name))!.filter((other) => other !== name);
  console.log(`\n=== stage ${names.indexOf(name) + 1}/${names.length}: ${name}${beside.length ? ` (beside ${beside.join(', ')})` : ''} ===`);
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: beside.length ? ['ignore', 'pipe', 'pipe'] : 'inherit' });
    if (beside.length) {
      prefixLines(child.stdout!, process.stdout, name);
      prefixLines(child.stderr!, process.stderr, name);
    }
    child.on('error', (error) => {
      console.error(`run-stages: could not start ${name}: ${error.message}`);
      resolve(127);
    });
    // 'close', not 'exit': a side-by-side stage's last lines are copied by then.
    child.on('close', (code, signal) => {
      const exit = code ?? (signal ? 128 : 1);
      console.log(
        `=== ${name}: ${exit === 0 ? 'ok' : `FAILED (exit ${exit}${signal ? `, ${signal}` : ''})`} in ${((performance.now() - started) / 1000).toFixed(1)} s ===`,
      );
      resolve(exit);
    });
  });
}

const { results, code, seconds } = await runStages(steps, npmRun);
console.log(`\n${stageTable(results, seconds)}\nload average (1, 5, 15 min) at start: ${loadAtStart}; at end: ${load()}`);
process.exit(code);
