/**
 * The W3C Nu Html Checker's (vnu) JSON report, read into what `npm run check:html` prints and
 * fails on. Errors (and anything vnu could not check) fail the run. Warnings fail it too: each
 * one vnu gives names a real fault (a section without a heading, a redundant `type` on a script,
 * a role that repeats the element's own) and the site has none, so a new one is a regression
 * to fix, not noise. Plain `info` messages without the warning subtype are vnu's notes on
 * harmless style (a trailing slash on a void element, which Astro writes) and are only counted.
 *
 * vnu also evaluates each page's Content-Security-Policy against its resources, but on the file:
 * URLs it checks, where 'self' matches nothing (every /_astro/ file, image and stylesheet is
 * "blocked"), and without matching hashes to inline scripts and styles. Those findings say
 * nothing about the page on its origin, so they are counted apart (`cspOnFile`); the policy is
 * enforced and tested where it applies, in Chromium on the served site (tests/e2e/csp.test.ts,
 * which fails on any securitypolicyviolation).
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface VnuMessage {
  type: 'error' | 'info' | 'non-document-error';
  subType?: string;
  url?: string;
  message: string;
  lastLine?: number;
  firstColumn?: number;
  extract?: string;
}

export interface HtmlFinding {
  /** The page, relative to the folder checked (`en/om/index.html`). */
  file: string;
  line: number | undefined;
  column: number | undefined;
  message: string;
  extract: string | undefined;
}

export interface HtmlReport {
  errors: HtmlFinding[];
  warnings: HtmlFinding[];
  notes: number;
  /** vnu's CSP findings, meaningless on file: URLs (see above): counted, not failed. */
  cspOnFile: number;
}

const CSP_ON_FILE = /violates Content Security Policy/;

/** Reads vnu's `--format json` output; `root` is the folder the checked files sit in. */
export function readVnuReport(json: string, root: string): HtmlReport {
  let parsed: { messages?: VnuMessage[] };
  try {
    parsed = JSON.parse(json) as { messages?: VnuMessage[] };
  } catch {
    throw new Error(`the Nu Html Checker did not print a JSON report; it printed: ${json.slice(0, 500)}`);
  }
  if (!Array.isArray(parsed.messages)) throw new Error('the Nu Html Checker\'s report has no "messages" list');
  const report: HtmlReport = { errors: [], warnings: [], notes: 0, cspOnFile: 0 };
  for (const m of parsed.messages) {
    // vnu adds a "cannot recover" line after a fatal error; the error before it says what broke.
    if (m.subType === 'fatal' && /Cannot recover/.test(m.message)) continue;
    const finding: HtmlFinding = {
      file: m.url?.startsWith('file:') ? relative(root, fileURLToPath(m.url)).split('\\').join('/') : (m.url ?? '(no file)'),
      line: m.lastLine,
      column: m.firstColumn,
      message: m.message,
      extract: m.extract,
    };
    if (m.type === 'info' && m.subType === 'warning' && CSP_ON_FILE.test(m.message)) report.cspOnFile++;
    else if (m.type === 'info' && m.subType === 'warning') report.warnings.push(finding);
    else if (m.type === 'info') report.notes++;
    else report.errors.push(finding);
  }
  return report;
}

/** One line per finding: `en/om/index.html:1:234: message  [extract]`, newlines in the extract shown as spaces. */
export function formatFinding(f: HtmlFinding): string {
  const where = [f.file, f.line, f.column].filter((x) => x !== undefined).join(':');
  return `${where}: ${f.message}${f.extract ? `  [${f.extract.replace(/\s+/g, ' ').trim()}]` : ''}`;
}

/**
 * Runs the Nu Html Checker once, in one JVM, over `files` (paths under `root`). Throws when Java
 * is missing or vnu printed no report; a report with errors is returned, not thrown.
 */
export function runVnu(files: readonly string[], root: string): HtmlReport & { version: string } {
  const jar = String(createRequire(import.meta.url)('vnu-jar'));
  // vnu prints its JSON report on stderr, and exits 1 when it found errors (the report says so too).
  // One short run: the JVM's quick compiler and one GC thread take 6 CPU s where its defaults took 15
  // (beside the browser tests, the cores are busy); the quick compiler's frames need a larger stack.
  const run = spawnSync('java', ['-Xss4m', '-XX:TieredStopAtLevel=1', '-XX:+UseSerialGC', '-jar', jar, '--format', 'json', ...files], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (run.error) throw new Error(`could not run Java (${run.error.message}): install it with \`apt-get install -y default-jre-headless\``);
  const report = readVnuReport(run.stderr, root);
  return { ...report, version: (JSON.parse(run.stderr) as { version?: string }).version ?? 'unknown version' };
}
