/**
 * One more frozen version costs what changed: from the built dist/, makes the next night's
 * version B (another version and data date everywhere, other figures in three widgets in every
 * language), freezes and archives it like the build, and measures what it adds. Prints the
 * figure; `npm run bench:frozen` measures the same with two real builds.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { carryFrozenEmbeds } from '../../src/lib/embed/frozen-archive';
import { frozenFolder, readSharedFrom, SHARED_FOLDER } from '../../src/lib/embed/frozen-store';
import { freezeVersion } from '../../src/lib/embed/frozen-version';
import { assembleFrozenPage } from '../../src/lib/embed/frozen-shared';
import { datasetVersion, embedWidgets } from '../../src/lib/embed/views';
import { filesUnder } from '../../src/lib/files';
import { formatDate } from '../../src/lib/i18n/format';
import { LANGS } from '../../src/lib/i18n/lang';
import { PATHS } from '../../src/lib/paths';
import { data } from './dataset';

const scratch = mkdtempSync(join(tmpdir(), 'frozen-cost-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('one more frozen version', () => {
  it('adds at most 2 MB to the archive and to dist/ when a few figures changed', () => {
    const a = datasetVersion(data.dataset.source.sha256);
    const b = 'b0b0b0b0b0b0';
    const pulled = data.dataset.source.pulledAt.slice(0, 10);
    const next = new Date(Date.parse(`${pulled}T12:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    const date = (day: string, lang: (typeof LANGS)[number]) => formatDate(`${day}T12:00:00Z`, lang);
    const dist = join(scratch, 'dist');
    const archive = join(scratch, 'archive');
    const sharedA = join(PATHS.dist, SHARED_FOLDER);
    // The archive and dist/ as version A's build left them (its shared files), without B.
    cpSync(sharedA, join(archive, '_shared'), { recursive: true });
    cpSync(sharedA, join(dist, SHARED_FOLDER), { recursive: true });

    const widgets = embedWidgets(data.dataset);
    const changed = new Set([widgets[0]!.key, widgets[1]!.key, widgets.at(-1)!.key]);
    for (const lang of LANGS) {
      const from = join(PATHS.dist, frozenFolder(lang, a));
      for (const file of filesUnder(from)) {
        const key = relative(from, dirname(file)).split('\\').join('/');
        let text = readFileSync(file, 'utf8');
        if (file.endsWith('index.html')) {
          text = assembleFrozenPage(text, readSharedFrom(PATHS.dist)).split(date(pulled, lang)).join(date(next, lang));
          // A few subscriptions fewer: these widgets' summaries change.
          if (changed.has(key ? `${key}/` : '')) text = text.replace(/(data-embed-summary>)(\d+)/, (_, tag: string, n: string) => `${tag}${Number(n) - 1}`);
        }
        const out = join(dist, frozenFolder(lang, b), relative(from, file));
        mkdirSync(dirname(out), { recursive: true });
        writeFileSync(out, text.split(a).join(b));
      }
    }
    freezeVersion(dist, b, { volatile: Object.fromEntries(LANGS.map((lang) => [lang, [date(next, lang)]])) });
    const result = carryFrozenEmbeds({ dist, archive, version: b });
    const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;
    console.log(
      `one more frozen version (3 of ${widgets.length} widgets changed, ${LANGS.length} languages): +${mb(result.addedBytes)} (its own folder ${mb(result.currentBytes)})`,
    );
    expect(result.archived).toBe(true);
    // Only the changed pages got new bodies; every other body is shared with A.
    const newShared = filesUnder(join(archive, '_shared')).filter((f) => !existsSync(join(sharedA, relative(join(archive, '_shared'), f))));
    expect(newShared.filter((f) => f.endsWith('.html.gz'))).toHaveLength(changed.size * LANGS.length);
    expect(result.addedBytes).toBeLessThanOrEqual(2 * 1024 * 1024);
    // dist/ gains the same: B's folders and the new shared files.
    expect(filesUnder(join(dist, SHARED_FOLDER)).length).toBe(filesUnder(join(archive, '_shared')).length);
  });
});
