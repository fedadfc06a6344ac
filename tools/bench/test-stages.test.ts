import { describe, expect, it } from 'vitest';
import { STAGES_BEFORE, STAGES_BEFORE_TOTAL, stagesBeforeAfter } from './test-stages';

describe('stagesBeforeAfter', () => {
  it('prints each stage before and after with its step, and the totals: before as recorded, after by the wall clock', () => {
    const names = Object.keys(STAGES_BEFORE);
    const results = names.map((name, i) => ({ name, step: i < 3 ? 1 : i, code: 0, seconds: 10 }));
    const lines = stagesBeforeAfter(results, 95.25).split('\n');
    expect(lines).toHaveLength(names.length + 2);
    expect(lines[0]!.trim().split(/\s+/)).toEqual(['stage', 'before', 'after', 'step']);
    const e2e = lines.find((l) => l.trim().startsWith('test:e2e '))!;
    expect(e2e.trim().split(/\s+/)).toEqual(['test:e2e', `${STAGES_BEFORE['test:e2e']!.toFixed(1)}`, 's', '10.0', 's', String(names.indexOf('test:e2e'))]);
    expect(lines.at(-1)!.trim().split(/\s+/)).toEqual(['total', `${STAGES_BEFORE_TOTAL.toFixed(1)}`, 's', '95.3', 's', '(wall)']);
  });

  it("counts the nightly's build:site as the build, a failed stage as failed, and a subset's before as its sum", () => {
    const lines = stagesBeforeAfter(
      [
        { name: 'build:site', step: 1, code: 0, seconds: 40 },
        { name: 'lighthouse', step: 2, code: 1, seconds: 30 },
      ],
      70,
    ).split('\n');
    expect(lines[1]).toContain(`${STAGES_BEFORE.build!.toFixed(1)} s`);
    expect(lines[2]).toContain('(failed, exit 1)');
    expect(lines[3]).toContain(`${(STAGES_BEFORE.build! + STAGES_BEFORE.lighthouse!).toFixed(1)} s`);
  });
});
