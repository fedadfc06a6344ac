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
    const { results, code } = await runStages([['unit'], ['build'], ['e2e']], async (name) => (ran.push(name), 0), clock([2, 60, 90]));
    expect(ran).toEqual(['unit', 'build', 'e2e']);
    expect(code).toBe(0);
    expect(results.map((r) => [r.name, r.step, r.code])).toEqual([
      ['unit', 1, 0],
      ['build', 2, 0],
      ['e2e', 3, 0],
    ]);
  });

  it('runs the stages of one step side by side, times each, and the whole run by the wall clock', async () => {
    // Each stage takes its length in milliseconds of real time, and the clock reads it as seconds.
    const lengths: Record<string, number> = { lint: 1, unit: 100, typecheck: 20, build: 50 };
    let t = 0;
    let stepStart = 0;
    const running = new Set<string>();
    let most = 0;
    const { results, code, seconds } = await runStages(
      [['lint', 'unit', 'typecheck'], ['build']],
      async (name) => {
        if (!running.size) stepStart = t;
        running.add(name);
        most = Math.max(most, running.size);
        await new Promise((resolve) => setTimeout(resolve, lengths[name]));
        t = stepStart + lengths[name]!;
        running.delete(name);
        return 0;
      },
      () => t * 1000,
    );
    expect(most).toBe(3);
    expect(code).toBe(0);
    expect(results.map((r) => [r.name, r.step, r.seconds])).toEqual([
      ['lint', 1, 1],
      ['unit', 1, 100],
      ['typecheck', 1, 20],
      ['build', 2, 50],
    ]);
    expect(seconds).toBe(150);
  });

  it('stops at the first failure and exits with its code; later stages are not run', async () => {
    const ran: string[] = [];
    const { results, code } = await runStages([['unit'], ['build'], ['e2e']], async (name) => (ran.push(name), name === 'build' ? 3 : 0), clock([1, 5]));
    expect(ran).toEqual(['unit', 'build']);
    expect(code).toBe(3);
    expect(results.map((r) => r.code)).toEqual([0, 3, undefined]);
  });

  it('lets the rest of a failing step finish, exits with the first failure in the order named, and runs no later step', async () => {
    const ran: string[] = [];
    const exits: Record<string, number> = { lint: 1, unit: 0, typecheck: 2 };
    const { results, code } = await runStages(
      [['lint', 'unit', 'typecheck'], ['build']],
      async (name) => (ran.push(name), exits[name] ?? 0),
      () => 0,
    );
    expect(ran).toEqual(['lint', 'unit', 'typecheck']);
    expect(code).toBe(1);
    expect(results.map((r) => [r.name, r.code])).toEqual([
      ['lint', 1],
      ['unit', 0],
      ['typecheck', 2],
      ['build', undefined],
    ]);
  });
});

describe('stageTable', () => {
  it("shows each stage's result and time, and the total", () => {
    const table = stageTable([
      { name: 'test:unit', step: 1, code: 0, seconds: 12.34 },
      { name: 'build', step: 2, code: 2, seconds: 80 },
      { name: 'test:e2e', step: 3, code: undefined, seconds: 0 },
    ]);
    expect(table.split('\n')).toEqual([
      '| step | stage     | result          |   time |',
      '|-----:|-----------|-----------------|-------:|',
      '|    1 | test:unit | ok              | 12.3 s |',
      '|    2 | build     | FAILED (exit 2) | 80.0 s |',
      '|    3 | test:e2e  | not run         |        |',
      '|      | total     | FAILED          | 92.3 s |',
    ]);
  });

  it('gives the wall time as the total when stages ran side by side, with their sum beside it', () => {
    const table = stageTable(
      [
        { name: 'lint', step: 1, code: 0, seconds: 1 },
        { name: 'test:unit', step: 1, code: 0, seconds: 100 },
        { name: 'build', step: 2, code: 0, seconds: 50 },
      ],
      150.5,
    );
    expect(table.split('\n').at(-1)).toBe("|      | total (stages' sum 151.0 s) | ok     | 150.5 s |");
  });
});

describe('stagesFromArgs', () => {
  const test = ['lint', 'test:unit', 'typecheck', 'build', 'linkcheck', 'test:e2e'];

  it('runs the named stages in the order given, one a step', () => {
    expect(stagesFromArgs(test)).toEqual(test.map((name) => [name]));
  });

  it('puts the names joined by + side by side in one step', () => {
    expect(stagesFromArgs(['lint+typecheck+test:unit', 'build'])).toEqual([['lint', 'typecheck', 'test:unit'], ['build']]);
    expect(() => stagesFromArgs(['lint+', 'build'])).toThrow(/empty stage name/);
  });

  it('with --pulled builds only the site from the dataset already pulled, keeping every other gate and its place', () => {
    expect(stagesFromArgs(['lint+test:unit', 'build', 'linkcheck+test:e2e', '--pulled'])).toEqual([
      ['lint', 'test:unit'],
      ['build:site'],
      ['linkcheck', 'test:e2e'],
    ]);
  });

  it('refuses an unknown option instead of ignoring it', () => {
    expect(() => stagesFromArgs([...test, '--skip-e2e'])).toThrow(/unknown option --skip-e2e/);
  });
});
