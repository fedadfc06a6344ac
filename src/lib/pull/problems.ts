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

export function formatProblem(problem: Problem): string {
  const where = [problem.file, problem.row !== undefined ? `row ${problem.row}` : '', problem.column ? `column "${problem.column}"` : '']
    .filter(Boolean)
    .join(', ');
  return `${where}: ${problem.message}`;
}

/** Thrown when the input can't be turned into a dataset; the pull exits with code 2. */
export class InvalidInputError extends Error {
  constructor(readonly problems: Problem[]) {
    const shown = problems.slice(0, MAX_REPORTED_PROBLEMS).map(formatProblem);
    const more = problems.length > MAX_REPORTED_PROBLEMS ? [`... and ${problems.length - MAX_REPORTED_PROBLEMS} more problems`] : [];
    super([`${problems.length} problem(s) in the export:`, ...shown, ...more].join('\n'));
    this.name = 'InvalidInputError';
  }
}
