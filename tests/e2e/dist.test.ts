/**
 * Checks on the built dist/: a page for everything in the dataset, and nothing private from the
 * export anywhere in it (set HHH_PRIVACY_SOURCE to the export a real build was pulled from), and
 * nothing of its address but the host (HHH_PRIVACY_SOURCE_URL: the address it was pulled from).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { SyntaxValidator } from 'fast-xml-validator';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { PATHS } from '../../src/lib/paths';
import { LANGS, localePath } from '../../src/lib/i18n/lang';
import { siteStats } from '../../src/lib/figures/site-stats';
import { addressSecrets, findLeaks, privateValues } from '../../src/lib/dataset/privacy';
import { findImageMetadata } from '../../src/lib/images/image-metadata';
import { readTable } from '../../src/lib/source/read-table';
import { datasetVersion, embedWidgets } from '../../src/lib/embed/views';
import { filesUnder } from '../../src/lib/files';
import { frozenEmbedVersion } from '../../tools/links';
import { PUBLISHED_INDEX, readSharedFrom, SHARED_FOLDER } from '../../src/lib/embed/frozen-store';
import { assembleFrozenPage, sharedReferences } from '../../src/lib/embed/frozen-shared';
import { data } from './dataset';

describe('dist/', () => {
  const page = (path: string) => existsSync(join(PATHS.dist, path, 'index.html'));

  it('marks every open-data CSV row as demo data when, and only when, the dataset is the demo', () => {
    for (const file of ['libraries.csv', 'services.csv', 'subscriptions.csv']) {
      const lines = readFileSync(join(PATHS.dist, 'data', file), 'utf8')
        .trim()
        .split(/\r?\n/);
      if (!data.dataset.source.isDemo) {
        expect(lines[0], file).not.toContain('eksempeldata');
        continue;
      }
      const marked = lines.filter((line, i) => (i === 0 ? line.endsWith(',eksempeldata') : line.endsWith(',ja')));
      expect(marked.length, file).toBe(lines.length);
    }
  });

  it('has a page for every library, service, vendor, municipality and county', () => {
    const missing = [
      ...data.dataset.libraries.map((l) => `bibliotek/${l.slug}`),
      ...data.dataset.services.map((s) => `tjenester/${s.slug}`),
      ...data.dataset.vendors.map((v) => `leverandorer/${v.slug}`),
      ...data.dataset.municipalities.map((m) => `kommuner/${m.number}`),
      ...data.dataset.counties.map((c) => `fylker/${c.slug}`),
    ].filter((path) => !page(path));
    expect(missing).toEqual([]);
    expect(data.dataset.libraries.length).toBeGreaterThan(700);
    expect(data.dataset.municipalities).toHaveLength(357);
    expect(data.dataset.counties).toHaveLength(15);
  });

  it('ships no unused code: every file in _astro/ is used by a page or by another such file', () => {
    // Astro writes a framework's client renderer even when no component uses it (React's was
    // 221 KB here, referenced by nothing): whatever no page and no chunk names is not shipped.
    const assets = readdirSync(join(PATHS.dist, '_astro'));
    const referrers = filesUnder(PATHS.dist).filter((f) => /\.(html|m?js|css)$/.test(f));
    const named = new Set<string>();
    for (const file of referrers) {
      const text = readFileSync(file, 'utf8');
      for (const asset of assets) if (!file.endsWith(asset) && text.includes(asset)) named.add(asset);
    }
    expect(assets.length).toBeGreaterThan(0);
    expect(assets.filter((asset) => !named.has(asset))).toEqual([]);
  });

  it('contains no price, contact name, e-mail or phone number from the export', async () => {
    // The export the site was built from: the demo by default, a saved real export in the nightly job.
    const source = process.env.HHH_PRIVACY_SOURCE || PATHS.demoExport;
    const values = privateValues(await readTable(readFileSync(source), source));
    expect(values.emails.size + values.phones.size + values.prices.size + values.names.size).toBeGreaterThan(0);
    // Not scanned: Kartverket's boundaries (coordinate pairs such as [210,34] look like prices
    // and come from data/geo/, never from the export) and MapLibre's own module and worker, copied unchanged from node_modules.
    const notFromExport = (f: string) => /\.topo\.json$/.test(f) || /[\\/]_astro[\\/]maplibre-gl[^\\/]*\.mjs$/.test(f);
    // Frozen embeds' bodies are stored gzipped (.html.gz, see frozen-shared.ts): read inflated.
    const files = filesUnder(PATHS.dist).filter((f) => /\.(html|json|csv|xml|txt|m?js|svg|webmanifest|html\.gz)$/.test(f) && !notFromExport(f));
    expect(files.some((f) => f.endsWith('.html.gz'))).toBe(true);
    const text = (f: string) => (f.endsWith('.gz') ? gunzipSync(readFileSync(f)).toString('utf8') : readFileSync(f, 'utf8'));
    const leaks = files.flatMap((f) => findLeaks(text(f), values).map((leak) => `${f}: ${leak}`));
    expect(leaks).toEqual([]);
  });

  it('has no image or zip that carries EXIF, GPS, XMP, IPTC, comments or text chunks (issue 29)', async () => {
    // Campaign originals, their zips and previews, share images, icons: whatever a camera or editor wrote stays out.
    const files = filesUnder(PATHS.dist).filter((f) => /\.(jpe?g|png|webp|avif|tiff?|svg|zip)$/i.test(f));
    expect(files.some((f) => f.endsWith('.zip'))).toBe(true);
    const found: string[] = [];
    for (const file of files) for (const item of await findImageMetadata(readFileSync(file))) found.push(`${relative(PATHS.dist, file)}: ${item}`);
    expect(found).toEqual([]);
  });

  it("contains nothing of the source's address but its host: no path, query or user info", () => {
    expect(data.dataset.source.name).not.toMatch(/[a-z]+:\/\//i);
    const address = process.env.HHH_PRIVACY_SOURCE_URL;
    if (!address || !/^https?:\/\//i.test(address)) return;
    const secrets = addressSecrets(address);
    const files = filesUnder(PATHS.dist).filter((f) => /\.(html|json|csv|xml|txt|m?js|webmanifest|html\.gz)$/.test(f));
    const text = (f: string) => (f.endsWith('.gz') ? gunzipSync(readFileSync(f)).toString('utf8') : readFileSync(f, 'utf8'));
    // Named by position, never by value: the address is a secret in the CI log too.
    const leaks = files.flatMap((f) =>
      secrets.flatMap((secret, i) => (text(f).includes(secret) ? [`${relative(PATHS.dist, f)}: part ${i + 1} of the address`] : [])),
    );
    expect(leaks).toEqual([]);
    console.log(`source address: ${secrets.length} secret parts looked for in ${files.length} files`);
  });
});

describe('dist/ in every language', () => {
  const sitemap = readFileSync(join(PATHS.dist, 'sitemap.xml'), 'utf8');
  const urls = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);

  it('lists in sitemap.xml exactly the pages built in dist/ that search engines may index', () => {
    // The pages as built (every dist/<path>/index.html), not the list the sitemap was written
    // from: a page built but left out of the sitemap, or listed but never built, fails here.
    // Left out on purpose: pages that ask not to be indexed (embeds, their frozen versions).
    const noindex = /<meta\s+name="robots"\s+content="[^"]*noindex/i;
    const head = (file: string) => {
      const html = readFileSync(file, 'utf8');
      return html.slice(0, html.indexOf('</head>') + 1 || undefined);
    };
    const built = filesUnder(PATHS.dist)
      .filter((f) => f.endsWith(`${sep}index.html`))
      .map((f) => ({ path: `/${relative(PATHS.dist, dirname(f)).split(sep).join('/')}/`.replace(/^\/\/$/, '/'), indexable: !noindex.test(head(f)) }));
    const indexable = built.filter((p) => p.indexable).map((p) => p.path);
    const listed = new Set(urls);
    const indexableSet = new Set(indexable);
    expect(listed.size, 'a page listed twice').toBe(urls.length);
    expect(
      urls.filter((url) => !indexableSet.has(url)),
      'listed but not built, or built as noindex',
    ).toEqual([]);
    expect(
      indexable.filter((path) => !listed.has(path)),
      'built but not listed',
    ).toEqual([]);
    // Not vacuous: the content pages of every language and the embeds that are left out are there.
    for (const lang of LANGS)
      expect(indexable.filter((path) => path.startsWith(localePath(lang, '/bibliotek/'))).length, lang).toBeGreaterThan(data.dataset.libraries.length);
    expect(built.filter((p) => !p.indexable && p.path.includes('/embed/')).length).toBeGreaterThan(0);
  });

  it('points robots.txt at the sitemap and has a 404 page', () => {
    expect(readFileSync(join(PATHS.dist, 'robots.txt'), 'utf8')).toMatch(/^Sitemap: https?:\/\/.+\/sitemap\.xml$/m);
    expect(existsSync(join(PATHS.dist, '404.html'))).toBe(true);
  });

  it('has only well-formed XML feeds and sitemaps, with no character XML 1.0 forbids', () => {
    const feeds = filesUnder(PATHS.dist).filter((f) => f.endsWith('.xml'));
    expect(feeds.length).toBeGreaterThan(1);
    // XML 1.0's Char production: a raw character or a character reference outside it is not XML.
    const allowed = (code: number) =>
      code === 0x9 ||
      code === 0xa ||
      code === 0xd ||
      (code >= 0x20 && code <= 0xd7ff) ||
      (code >= 0xe000 && code <= 0xfffd) ||
      (code >= 0x10000 && code <= 0x10ffff);
    for (const feed of feeds) {
      const xml = readFileSync(feed, 'utf8');
      const problem = (() => {
        try {
          SyntaxValidator.validate(xml, { invalidCharSequence: { comment: true, tagValue: true, attrLt: true } });
          return undefined;
        } catch (error) {
          const e = error as Error & { line?: number; col?: number };
          return `${e.message} (line ${e.line}, column ${e.col})`;
        }
      })();
      expect(problem, feed).toBeUndefined();
      const raw = [...xml].find((char) => !allowed(char.codePointAt(0)!));
      expect(raw && `U+${raw.codePointAt(0)!.toString(16)}`, feed).toBeUndefined();
      const references = [...xml.matchAll(/&#(x[0-9a-f]+|[0-9]+);/gi)].map((m) =>
        m[1]!.startsWith('x') || m[1]!.startsWith('X') ? parseInt(m[1]!.slice(1), 16) : Number(m[1]),
      );
      expect(
        references.filter((code) => !allowed(code)),
        feed,
      ).toEqual([]);
    }
  });

  it('has an Atom feed entry for every added and cancelled subscription', () => {
    const feed = readFileSync(join(PATHS.dist, 'endringer', 'feed.xml'), 'utf8');
    const changes = siteStats(data).changesByYear.reduce((sum, c) => sum + c.added.length + c.cancelled.length, 0);
    expect(changes).toBeGreaterThan(0);
    expect(feed.match(/<entry>/g)).toHaveLength(changes);
  });

  it('gives every page a title, a description, a canonical URL and Open Graph tags', () => {
    for (const path of ['/', '/nn/fylker/vestland/', '/en/tjenester/pressreader/']) {
      const html = readFileSync(join(PATHS.dist, path, 'index.html'), 'utf8');
      for (const pattern of [
        /<title>[^<]+<\/title>/,
        /<meta name="description" content="[^"]+"/,
        /<link rel="canonical" href="[^"]+"/,
        /<meta property="og:title" content="[^"]+"/,
      ]) {
        expect(html, `${path} ${pattern}`).toMatch(pattern);
      }
    }
  });
});

describe('the site icon', () => {
  // A page that names no icon makes the browser ask for /favicon.ico, which the site does not
  // have: a 404 in the log of every page an embed sits in. Every HTML file, pages and embeds alike.
  it('is named in the head of every HTML page, and the file it names exists', () => {
    // Frozen embeds of earlier builds (carried forward by the nightly) stay as they were published.
    const current = datasetVersion(data.dataset.source.sha256);
    const earlier = (file: string) => {
      const frozen = relative(PATHS.dist, file)
        .split(sep)
        .join('/')
        .match(/^(?:(?:nn|en)\/)?embed\/v\/([^/]+)\//);
      return frozen !== null && frozen[1] !== current;
    };
    const pages = filesUnder(PATHS.dist).filter((file) => file.endsWith('.html') && !earlier(file));
    expect(pages.length).toBeGreaterThan(1000);
    const withoutIcon = pages.filter((file) => !/<link rel="icon" href="\/favicon\.svg"/.test(readFileSync(file, 'utf8').split('</head>')[0]!));
    expect(withoutIcon.map((file) => relative(PATHS.dist, file))).toEqual([]);
    expect(existsSync(join(PATHS.dist, 'favicon.svg'))).toBe(true);
  });
});

describe('frozen embeds in dist/', () => {
  const version = datasetVersion(data.dataset.source.sha256);
  const html = filesUnder(PATHS.dist)
    .map((f) =>
      f
        .slice(PATHS.dist.length + 1)
        .split('\\')
        .join('/'),
    )
    .filter((f) => f.endsWith('.html') && frozenEmbedVersion(f) !== undefined);
  const readShared = readSharedFrom(PATHS.dist);
  /** A frozen page as the browser ends up with it (the shared format's body filled in). */
  const assembled = (file: string) => assembleFrozenPage(readFileSync(join(PATHS.dist, file), 'utf8'), readShared);

  it('work in every version: nothing under /_astro/ (replaced by each build), no module script, every shared file there', () => {
    const current = html.filter((f) => frozenEmbedVersion(f) === version);
    expect(current).toHaveLength(embedWidgets(data.dataset).length * LANGS.length);
    for (const file of html) {
      const shell = readFileSync(join(PATHS.dist, file), 'utf8');
      // A pruned version's URL holds a notice page (see retention.ts), nothing to check here.
      if (shell.includes('data-embed-pruned')) continue;
      const page = assembled(file);
      expect(page, file).not.toContain('/_astro/');
      expect(page, file).not.toMatch(/<script[^>]*type="module"/);
      // Self-contained (the format before the shared one) or linking the shared stylesheet.
      expect(page, file).toMatch(/<style>|<link rel="stylesheet" href="\/embed\/v\/_shared\//);
      for (const name of sharedReferences(page)) expect(existsSync(join(PATHS.dist, SHARED_FOLDER, name)), `${file} → ${name}`).toBe(true);
    }
  });

  it('of the current version state the same summary as the latest embeds', () => {
    const summary = (page: string) => /data-embed-summary>([^<]*)</.exec(page)?.[1];
    for (const lang of LANGS) {
      for (const widget of embedWidgets(data.dataset)) {
        const latest = summary(readFileSync(join(PATHS.dist, localePath(lang, `/embed/${widget.key}`), 'index.html'), 'utf8'));
        expect(latest).toBeTruthy();
        expect(summary(assembled(join(localePath(lang, `/embed/v/${version}/${widget.key}`), 'index.html').slice(1))), `${lang} ${widget.key}`).toBe(latest);
      }
    }
  });

  it("list the archive's versions for the nightly's restore check", () => {
    const index = JSON.parse(readFileSync(join(PATHS.dist, PUBLISHED_INDEX), 'utf8')) as { versions: string[]; pruned: string[] };
    expect(index.versions).toContain(version);
  });
});
