/**
 * Issue 27's limit: no source file over 300 lines, so each one is read in a sitting and a module
 * that outgrows it is split by subject. Biome's noExcessiveLinesPerFile counts only JavaScript and
 * TypeScript (not CSS, not an .astro template), so this one check covers every kind. Pure;
 * scripts/check-file-lines.ts lists the files with git and prints.
 */

export const MAX_LINES = 300;

/** The kinds of file the limit covers. */
export const CHECKED = /\.(ts|tsx|astro|mjs|css)$/;

/**
 * Allowed to be longer: the dictionaries (each language's words for every feature, one object to
 * translate side by side) and the theme Designsystemet's CLI generates (src/styles/theme/, rewritten
 * whole on every `tokens build`).
 */
export const LONG_ALLOWED: readonly string[] = ['src/lib/i18n/nb.ts', 'src/lib/i18n/nn.ts', 'src/lib/i18n/en.ts', 'src/styles/theme/hvemharhva.css'];

/** Lines as `wc -l` counts them: newline characters. */
export function lineCount(text: string): number {
  let count = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) count++;
  return count;
}

/** The checked files over the limit, longest first, with their line counts. */
export function overLong(files: readonly string[], read: (path: string) => string): { path: string; lines: number }[] {
  return files
    .filter((path) => CHECKED.test(path) && !LONG_ALLOWED.includes(path))
    .map((path) => ({ path, lines: lineCount(read(path)) }))
    .filter((f) => f.lines > MAX_LINES)
    .sort((a, b) => b.lines - a.lines);
}
