/**
 * `npm test`'s stages run one after another (scripts/run-stages.ts): each stage's time, a stop at
 * the first failure with that stage's exit code, and a summary table, so a slow or failing stage
 * on a loaded machine shows by name and figure instead of as one long silent chain.
 */

export interface StageResult {
  name: string;
  /** The exit code, or undefined for a stage not run because an earlier one failed. */
  code: number | undefined;
  seconds: number;
}

/**
 * Runs `run(name)` for each stage in order until one exits non-zero; returns every stage's result
 * (those after a failure with no code) and the exit code for the whole run (the failed stage's).
 */
export async function runStages(
  names: readonly string[],
  run: (name: string) => Promise<number>,
  now: () => number = () => performance.now(),
): Promise<{ results: StageResult[]; code: number }> {
  const results: StageResult[] = [];
  let code = 0;
  for (const name of names) {
    if (code !== 0) {
      results.push({ name, code: undefined, seconds: 0 });
      continue;
    }
    const started = now();
    const exit = await run(name);
    results.push({ name, code: exit, seconds: (now() - started) / 1000 });
    code = exit;
  }
  return { results, code };
}

/** The summary table: one row per stage (time, ok / failed (code) / not run) and the total. */
export function stageTable(results: readonly StageResult[]): string {
  const status = (r: StageResult) => (r.code === undefined ? 'not run' : r.code === 0 ? 'ok' : `FAILED (exit ${r.code})`);
  const rows = results.map((r) => [r.name, status(r), r.code === undefined ? '' : `${r.seconds.toFixed(1)} s`]);
  const total = results.reduce((sum, r) => sum + r.seconds, 0);
  rows.push(['total', results.every((r) => r.code === 0) ? 'ok' : 'FAILED', `${total.toFixed(1)} s`]);
  const widths = [0, 1, 2].map((i) => Math.max(...[['stage', 'result', 'time'][i]!, ...rows.map((r) => r[i]!)].map((s) => s.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => (i === 2 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join(' | ')} |`;
  return [
    line(['stage', 'result', 'time']),
    `|${widths.map((w, i) => (i === 2 ? `${'-'.repeat(w + 1)}:` : '-'.repeat(w + 2))).join('|')}|`,
    ...rows.map(line),
  ].join('\n');
}

/**
 * The stages to run from run-stages' arguments: npm script names, in order. `--pulled` says the
 * dataset was already pulled (the nightly pulls first, with its credentials and options): the
 * `build` stage (pull, then site) becomes `build:site`, so the gates test the dataset just pulled
 * instead of pulling again. Any other flag is an error, so a typo can't silently drop a gate.
 */
export function stagesFromArgs(args: readonly string[]): string[] {
  const flags = args.filter((a) => a.startsWith('-'));
  const unknown = flags.filter((f) => f !== '--pulled');
  if (unknown.length) throw new Error(`run-stages: unknown option ${unknown.join(', ')} (known: --pulled)`);
  const names = args.filter((a) => !a.startsWith('-'));
  return flags.length ? names.map((n) => (n === 'build' ? 'build:site' : n)) : names;
}
