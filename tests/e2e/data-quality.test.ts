/**
 * The built pages for issue 25, in every language, for whatever dataset dist/ was built from (the
 * demo, or a held-out export: HHH_SOURCE=src/lib/pull/fixtures/held-out-export.csv npm run build):
 * the data-quality page lists every row the pull left out, and nothing private; a service the
 * catalogue lacks says "not yet described"; the trends page shows every published total.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATA_QUALITY, DATA_QUALITY_PATH } from '../../src/lib/i18n/data-quality';
import { LANGS, localePath } from '../../src/lib/i18n/lang';
import { PUBLISHED_TOTALS } from '../../src/lib/demo/published-figures';
import { PATHS } from '../../src/lib/paths';
import { servicePath } from '../../src/lib/site/urls';
import { data } from './dataset';

const html = (path: string) => readFileSync(join(PATHS.dist, path, 'index.html'), 'utf8');
const text = (page: string) => page.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe.each(LANGS)('issue 25 pages (%s)', (lang) => {
  const q = DATA_QUALITY[lang];

  it('has a data-quality page listing each left-out row with its row number, member and reason, linked from /om/ and /data/', () => {
    const path = localePath(lang, DATA_QUALITY_PATH);
    expect(existsSync(join(PATHS.dist, path, 'index.html')), path).toBe(true);
    const page = text(html(path));
    const unplaced = data.dataset.dataQuality?.unplaced ?? [];
    if (unplaced.length === 0) expect(page).toContain(q.none);
    for (const u of unplaced) {
      expect(page).toContain(`${u.row} ${u.member.replaceAll('&', '&amp;')}`);
      expect(page).toContain(q.reasons[u.reason](u.value).replaceAll('&', '&amp;').split(' ')[0]!);
    }
    expect(page).not.toMatch(/@[a-z0-9-]+\.[a-z]|\+47 ?\d/);
    for (const from of ['/om/', '/data/']) expect(html(localePath(lang, from))).toContain(`href="${path}"`);
  });

  it('says "not yet described" on the page of every service the catalogue lacks, and only there', () => {
    for (const s of data.dataset.services) {
      const page = html(localePath(lang, servicePath(s.slug)));
      expect(page.includes('data-testid="not-described"'), s.name).toBe(s.described === false);
      if (s.described === false) expect(text(page)).toContain(q.notDescribed);
    }
  });

  it('shows every published total on the trends page, both of two that disagree', () => {
    const page = html(localePath(lang, '/utvikling/'));
    for (const t of PUBLISHED_TOTALS.filter((p) => data.dataset.periods.some((period) => period.year === p.year))) {
      expect(page).toContain(`data-published="${t.subscriptions}"`);
    }
    if (data.dataset.periods.some((p) => p.year === 2024)) expect(page).toContain('data-testid="sources-disagree"');
  });
});
