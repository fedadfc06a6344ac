/**
 * `npm run bench -- --test-stages`: the stages of `npm test` timed now, beside a recorded "before":
 * the last clean-clone CI run before issue 27 made `npm test` faster (browser test files in
 * parallel, one page load for both accessibility engines, fewer screenshots, stages side by side).
 */
import type { StageResult } from '../stages';

/** Where and when the "before" figures were measured. */
export const STAGES_BEFORE_RUN =
  'before: last clean-clone CI (.ci/run) before issue 27 point 4, 2 cores (AMD EPYC), December 2026; every stage alone, one after another';

/** Seconds per stage, as that run printed them (issue 27). */
export const STAGES_BEFORE: Readonly<Record<string, number>> = {
  lint: 1,
  'test:unit': 120,
  typecheck: 21,
  build: 50,
  linkcheck: 7,
  'check:html': 7,
  budgets: 15,
  'bench:search': 6,
  'test:e2e': 860,
  lighthouse: 60,
};

/** The whole run then, as printed (its stages' sum, rounded per stage above, is a few seconds less). */
export const STAGES_BEFORE_TOTAL = 1150;

/**
 * One row per stage: its time before, its time now and the step it ran in (stages of one step ran
 * side by side), then the totals (now: the wall time). `build` and `build:site` are one stage.
 */
export function stagesBeforeAfter(results: readonly StageResult[], wallSeconds: number): string {
  const before = (name: string) => STAGES_BEFORE[name === 'build:site' ? 'build' : name];
  const s = (seconds: number | undefined) => (seconds === undefined ? '' : `${seconds.toFixed(1)} s`);
  const rows = results.map((r) => [
    r.name,
    s(before(r.name)),
    r.code === undefined ? 'not run' : `${s(r.seconds)}${r.code === 0 ? '' : ` (failed, exit ${r.code})`}`,
    String(r.step),
  ]);
  const all = results.length === Object.keys(STAGES_BEFORE).length && results.every((r) => before(r.name) !== undefined);
  const beforeSum = results.reduce((sum, r) => sum + (before(r.name) ?? 0), 0);
  rows.push(['total', s(all ? STAGES_BEFORE_TOTAL : beforeSum), `${s(wallSeconds)} (wall)`, '']);
  const header = ['stage', 'before', 'after', 'step'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  return [header, ...rows].map((row) => `  ${row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ')}`).join('\n');
}
