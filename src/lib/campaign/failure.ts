/**
 * What the build says and how it exits when the campaign material cannot be prepared: a manifest
 * or media bank that cannot be reached (HTTP 401, a refused redirect, a host the configuration
 * does not name) is exit 3, like the pull's unreachable source; invalid material (rows, files,
 * a manifest that is not a table) is exit 2. Never a stack trace: the message names the
 * manifest, row and column where there is one.
 */
import { SourceUnreachableError } from '../source/fetch';
import { formatProblem, InvalidInputError } from '../source/problems';

export function campaignFailure(error: unknown): { code: 2 | 3; message: string } {
  if (error instanceof SourceUnreachableError) return { code: 3, message: `build: the campaign material could not be fetched: ${error.message}` };
  if (error instanceof InvalidInputError) {
    const shown = error.problems.slice(0, 50).map(formatProblem);
    const more = error.problems.length > 50 ? `\n… and ${error.problems.length - 50} more` : '';
    return { code: 2, message: `build: the campaign manifest is invalid:\n${shown.join('\n')}${more}` };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { code: 2, message: `build: the campaign material could not be prepared: ${message.split('\n')[0]}` };
}
