import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatFinding, readVnuReport, runVnu } from './html-check';

const page = (body: string, after = '') =>
  `<!doctype html><html lang="nb"><head><meta charset="utf-8"><title>Side</title></head><body>${body}</body></html>${after}`;

describe('readVnuReport', () => {
  it('counts errors and warnings, skips the "cannot recover" line, and gives files relative to the root', () => {
    const json = JSON.stringify({
      version: '26',
      messages: [
        {
          type: 'error',
          url: 'file:/site/dist/en/om/index.html',
          lastLine: 1,
          firstColumn: 9,
          message: 'Stray start tag “script”.',
          extract: '</html>\n<script>',
        },
        {
          type: 'error',
          subType: 'fatal',
          url: 'file:/site/dist/en/om/index.html',
          message: 'Cannot recover after last error. Any further errors will be ignored.',
        },
        { type: 'info', subType: 'warning', url: 'file:/site/dist/index.html', message: 'Section lacks heading.' },
        { type: 'info', url: 'file:/site/dist/index.html', message: 'Trailing slash on void elements has no effect.' },
        { type: 'non-document-error', subType: 'io', url: 'file:/site/dist/gone.html', message: 'File not found.' },
      ],
    });
    const report = readVnuReport(json, '/site/dist');
    expect(report.errors.map(formatFinding)).toEqual(['en/om/index.html:1:9: Stray start tag “script”.  [</html> <script>]', 'gone.html: File not found.']);
    expect(report.warnings.map((w) => w.file)).toEqual(['index.html']);
    expect(report.notes).toBe(1);
  });

  it("counts its CSP findings apart (on a file: URL 'self' matches nothing) but keeps every other warning", () => {
    const json = JSON.stringify({
      messages: [
        {
          type: 'info',
          subType: 'warning',
          url: 'file:/site/dist/index.html',
          message: 'Resource violates Content Security Policy (meta tag): external script “/_astro/a.js” blocked by “script-src” directive.',
        },
        {
          type: 'info',
          subType: 'warning',
          url: 'file:/site/dist/index.html',
          message: 'Inline style violates Content Security Policy (meta tag): blocked by “style-src” directive.',
        },
        { type: 'info', subType: 'warning', url: 'file:/site/dist/om/index.html', message: 'Section lacks heading.' },
      ],
    });
    const report = readVnuReport(json, '/site/dist');
    expect(report.cspOnFile).toBe(2);
    expect(report.warnings.map((w) => `${w.file}: ${w.message}`)).toEqual(['om/index.html: Section lacks heading.']);
  });

  it('says so when vnu printed no report', () => {
    expect(() => readVnuReport('Error: Unable to access jarfile', '/')).toThrow(/did not print a JSON report/);
  });
});

// The real checker on pages with the faults it found on the site: this is what fails `npm run check:html`.
describe('runVnu', () => {
  it("finds a script after </html> and a figcaption between a figure's other children, and passes a valid page", { timeout: 60_000 }, () => {
    const root = mkdtempSync(join(tmpdir(), 'hhh-vnu-'));
    writeFileSync(join(root, 'script.html'), page('<p>Tekst</p>', '<script type="module">1</script>'));
    writeFileSync(
      join(root, 'figure.html'),
      page('<figure><svg role="img" aria-label="Graf"></svg><figcaption>Graf</figcaption><details><summary>Tall</summary><p>1</p></details></figure>'),
    );
    writeFileSync(
      join(root, 'valid.html'),
      page('<figure><figcaption>Graf</figcaption><svg role="img" aria-label="Graf"></svg><details><summary>Tall</summary><p>1</p></details></figure>'),
    );
    const report = runVnu(
      ['script.html', 'figure.html', 'valid.html'].map((f) => join(root, f)),
      root,
    );
    expect(report.errors.map((e) => `${e.file}: ${e.message}`)).toEqual([
      'script.html: Stray start tag “script”.',
      expect.stringMatching(/^figure\.html: Element “details” not allowed as child of element “figure”/),
    ]);
    expect(report.warnings).toEqual([]);
  });
});
