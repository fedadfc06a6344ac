import { describe, expect, it } from 'vitest';
import { runStages, stagesFromArgs, stageTable } from './stages';

/** A clock that advances by the given seconds at each reading after a stage starts. */
function clock(durations: number[]) {
  let t = 0;
  let reads = 0;
  return () => (reads++ % 2 === 0 ? t : (t += durations.shift()! * 1000));
}

describe('runStages', () => {
  it('runs every stage in order and times each when all pass', async () => {
    const ran: string[] = [];
    const { results, code } = await runStages(['unit', 'build', 'e2e'], async (name) => (ran.push(name), 0), clock([2, 60, 90]));
    expect(ran).toEqual(['unit', 'build', 'e2e']);
    expect(code).toBe(0);
    expect(results.map((r) => [r.name, r.code, r.seconds])).toEqual([
      ['unit', 0, 2],
      ['build', 0, 60],
      ['e2e', 0, 90],
    ]);
  });

  it('stops at the first failure and exits with its code; later stages are not run', async () => {
    const ran: string[] = [];
    const { results, code } = await runStages(['unit', 'build', 'e2e'], async (name) => (ran.push(name), name === 'build' ? 3 : 0), clock([1, 5]));
    expect(ran).toEqual(['unit', 'build']);
    expect(code).toBe(3);
    expect(results.map((r) => r.code)).toEqual([0, 3, undefined]);
  });
});

describe('stageTable', () => {
  it("shows each stage's result and time, and the total", () => {
    const table = stageTable([
      { name: 'test:unit', code: 0, seconds: 12.34 },
      { name: 'build', code: 2, seconds: 80 },
      { name: 'test:e2e', code: undefined, seconds: 0 },
    ]);
    expect(table.split('\n')).toEqual([
      '| stage     | result          |   time |',
      '|-----------|-----------------|-------:|',
      '| test:unit | ok              | 12.3 s |',
      '| build     | FAILED (exit 2) | 80.0 s |',
      '| test:e2e  | not run         |        |',
      '| total     | FAILED          | 92.3 s |',
    ]);
  });
});

describe('stagesFromArgs', () => {
  const test = ['lint', 'test:unit', 'typecheck', 'build', 'linkcheck', 'test:e2e'];

  it('runs the named stages in the order given', () => {
    expect(stagesFromArgs(test)).toEqual(test);
  });

  it('with --pulled builds only the site from the dataset already pulled, keeping every other gate and its place', () => {
    expect(stagesFromArgs([...test, '--pulled'])).toEqual(['lint', 'test:unit', 'typecheck', 'build:site', 'linkcheck', 'test:e2e']);
  });

  it('refuses an unknown option instead of ignoring it', () => {
    expect(() => stagesFromArgs([...test, '--skip-e2e'])).toThrow(/unknown option --skip-e2e/);
  });
});
