/**
 * Problems found in an export, each pointing at the file, the row as a spreadsheet shows it
 * (header = row 1) and the column, with what was expected. The pull collects them all (up to a
 * cap) so a person can fix an export in one go instead of one error per run.
 */
export interface Problem {
  file: string;
  /** Spreadsheet row number; undefined for problems with the file as a whole. */
  row?: number;
  column?: string;
  message: string;
}

export const MAX_REPORTED_PROBLEMS = 50;

/**
 * Text from an export (cells, headers, file names) made safe for one line of a terminal or CI log:
 * line breaks, escape sequences (ANSI colours), other control characters and bidirectional
 * overrides are shown as \n, \x1b, \u202e..., so a cell can't start a forged log line, recolour
 * the output or hide text.
 */
export function terminalText(text: string): string {
  return text.replace(/[\u0000-\u001F\u007F-\u009F\u2028\u2029\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g, (char) => {
    const named: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
    const code = char.charCodeAt(0);
    return named[char] ?? (code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`);
  });
}

/**
 * Lines for a terminal or CI log: each line escaped, and a line that would start with a workflow
 * command (`::error::`, `##[error]`) indented, so GitHub Actions and others don't obey it.
 */
export function terminalLines(text: string): string {
  return text
    .split('\n')
    .map((line) => terminalText(line))
    .map((line) => (/^\s*(::|##\[)/.test(line) ? `  ${line.trimStart().replace(/^([:#])/, '\\$1')}` : line))
    .join('\n');
}

export function formatProblem(problem: Problem): string {
  const where = [
    terminalText(problem.file),
    problem.row !== undefined ? `row ${problem.row}` : '',
    problem.column ? `column "${terminalText(problem.column)}"` : '',
  ]
    .filter(Boolean)
    .join(', ');
  return `${where}: ${terminalText(problem.message)}`;
}

/** Thrown when the input can't be used (the pull exits with code 2; the build stops). */
export class InvalidInputError extends Error {
  constructor(readonly problems: Problem[]) {
    const shown = problems.slice(0, MAX_REPORTED_PROBLEMS).map(formatProblem);
    const more = problems.length > MAX_REPORTED_PROBLEMS ? [`... and ${problems.length - MAX_REPORTED_PROBLEMS} more problems`] : [];
    super([`${problems.length} problem(s) in the export:`, ...shown, ...more].join('\n'));
    this.name = 'InvalidInputError';
  }
}

/** What went wrong, without the file's name, for a caller that names the file itself (a media file on a manifest row). */
export function failureReason(error: unknown): string {
  if (error instanceof InvalidInputError) return error.problems.map((p) => p.message).join('; ');
  return (error as Error).message;
}
