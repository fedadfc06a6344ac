import { describe, expect, it } from 'vitest';
import { failureReason, formatProblem, InvalidInputError, MAX_REPORTED_PROBLEMS, terminalLines, terminalText } from './problems';

describe('text for the terminal', () => {
  it('escapes line breaks, escape sequences and bidi overrides from cells and file names', () => {
    const hostile = 'x\n::error::forged\r\u001b[31mred\u001b[0m\u202etxt.exe';
    const line = formatProblem({ file: `ex\nport.csv`, row: 2, column: hostile, message: `unknown service "${hostile}"` });
    expect(line).not.toMatch(/[\n\r\u001b\u202e]/);
    expect(line).toContain('\\n::error::forged\\r\\x1b[31mred');
    expect(terminalText('\u2028')).toBe('\\u2028');
  });

  it('keeps a line from starting with a workflow command', () => {
    expect(terminalLines('pull: 1 problem\n::error::forged\n  ##[error]x')).toBe('pull: 1 problem\n  \\::error::forged\n  \\##[error]x');
  });
});

describe('InvalidInputError', () => {
  it('lists every problem up to the cap, then how many more', () => {
    const problems = Array.from({ length: MAX_REPORTED_PROBLEMS + 3 }, (_, i) => ({ file: 'x.csv', row: i + 2, column: 'A', message: 'bad' }));
    const lines = new InvalidInputError(problems).message.split('\n');
    expect(lines[0]).toBe(`${MAX_REPORTED_PROBLEMS + 3} problem(s) in the export:`);
    expect(lines[1]).toBe('x.csv, row 2, column "A": bad');
    expect(lines).toHaveLength(MAX_REPORTED_PROBLEMS + 2);
    expect(lines.at(-1)).toBe('... and 3 more problems');
  });

  it('gives a caller that names the file itself only the reasons', () => {
    expect(
      failureReason(
        new InvalidInputError([
          { file: 'a.png', message: 'the file is 2 bytes' },
          { file: 'a.png', message: 'and empty' },
        ]),
      ),
    ).toBe('the file is 2 bytes; and empty');
    expect(failureReason(new Error('ENOENT'))).toBe('ENOENT');
  });
});
