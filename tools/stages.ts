/**
 * `npm test`'s stages (scripts/run-stages.ts): steps run one after another, and the stages of one
 * step (`lint+typecheck+test:unit`) side by side; each stage's time, a stop after the first step
 * with a failure (that stage's exit code), and a summary table, so a slow or failing stage on a
 * loaded machine shows by name and figure instead of as one long silent chain.
 */

export interface StageResult {
  name: string;
  /** The step it ran in (1, 2, ...): stages with the same step ran side by side. */
  step: number;
  /** The exit code, or undefined for a stage not run because an earlier one failed. */
  code: number | undefined;
  seconds: number;
}

/** The joiner of stages that run side by side in one step: `lint+typecheck`. */
export const SIDE_BY_SIDE = '+';

/**
 * Runs the steps in order, the stages of each step at once (`run(name)` each), until a step has a
 * stage that exits non-zero; returns every stage's result (those after the failing step with no
 * code), the exit code for the whole run (the first failing stage's, in the order named) and the
 * wall time of the whole run (less than the stages' sum when some ran side by side).
 */
export async function runStages(
  steps: readonly (readonly string[])[],
  run: (name: string) => Promise<number>,
  now: () => number = () => performance.now(),
): Promise<{ results: StageResult[]; code: number; seconds: number }> {
  const results: StageResult[] = [];
  let code = 0;
  const started = now();
  for (const [i, names] of steps.entries()) {
    const step = i + 1;
    if (code !== 0) {
      for (const name of names) results.push({ name, step, code: undefined, seconds: 0 });
      continue;
    }
    const ran = await Promise.all(
      names.map(async (name) => {
        const begun = now();
        const exit = await run(name);
        return { name, step, code: exit, seconds: (now() - begun) / 1000 };
      }),
    );
    results.push(...ran);
    code = ran.find((r) => r.code !== 0)?.code ?? 0;
  }
  return { results, code, seconds: (now() - started) / 1000 };
}

/**
 * The summary table: one row per stage (its step, time, ok / failed (code) / not run) and the
 * total: the wall time, with the stages' sum beside it when some ran side by side.
 */
export function stageTable(results: readonly StageResult[], wallSeconds?: number): string {
  const status = (r: StageResult) => (r.code === undefined ? 'not run' : r.code === 0 ? 'ok' : `FAILED (exit ${r.code})`);
  const rows = results.map((r) => [String(r.step), r.name, status(r), r.code === undefined ? '' : `${r.seconds.toFixed(1)} s`]);
  const sum = results.reduce((total, r) => total + r.seconds, 0);
  const wall = wallSeconds ?? sum;
  const overlapped = new Set(results.map((r) => r.step)).size < results.length;
  rows.push([
    '',
    overlapped ? `total (stages' sum ${sum.toFixed(1)} s)` : 'total',
    results.every((r) => r.code === 0) ? 'ok' : 'FAILED',
    `${wall.toFixed(1)} s`,
  ]);
  const header = ['step', 'stage', 'result', 'time'];
  const right = (i: number) => i === 0 || i === 3;
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => (right(i) ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join(' | ')} |`;
  return [line(header), `|${widths.map((w, i) => (right(i) ? `${'-'.repeat(w + 1)}:` : '-'.repeat(w + 2))).join('|')}|`, ...rows.map(line)].join('\n');
}

/**
 * The steps to run from run-stages' arguments: npm script names in order, those joined by `+`
 * side by side in one step. `--pulled` says the dataset was already pulled (the nightly pulls
 * first, with its credentials and options): the `build` stage (pull, then site) becomes
 * `build:site`, so the gates test the dataset just pulled instead of pulling again. Any other flag
 * is an error, so a typo can't silently drop a gate.
 */
export function stagesFromArgs(args: readonly string[]): string[][] {
  const flags = args.filter((a) => a.startsWith('-'));
  const unknown = flags.filter((f) => f !== '--pulled');
  if (unknown.length) throw new Error(`run-stages: unknown option ${unknown.join(', ')} (known: --pulled)`);
  const steps = args.filter((a) => !a.startsWith('-')).map((a) => a.split(SIDE_BY_SIDE));
  if (steps.some((names) => names.some((n) => !n))) throw new Error(`run-stages: an empty stage name in ${args.join(' ')}`);
  return flags.length ? steps.map((names) => names.map((n) => (n === 'build' ? 'build:site' : n))) : steps;
}
