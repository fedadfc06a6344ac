/**
 * Freezing the current dataset version's embeds in dist/ (run by the build after Astro): the
 * shared format of frozen-shared.ts, with files by content under `/embed/v/_shared/`.
 */
import { existsSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, extname, join, relative, sep } from 'node:path';
import { filesUnder } from '../files';
import { htmlElements, replaceRanges } from '../html/read-html';
import { LANGS, type Lang } from '../i18n/lang';
import { freezeHtml } from './freeze';
import { LOADER_JS, packBody, SHARED_URL, sharedName, splitFrozenPage } from './frozen-shared';
import { checkVersion, frozenFolder, posix, SHARED_FOLDER } from './frozen-store';
import { EMBED_STRINGS } from './strings';

export interface FreezeOptions {
  /** Per language, the strings that differ between versions besides the version (the data date as the page writes it). */
  volatile?: Partial<Record<Lang, string[]>>;
}

/** Writes `content` once as `dist/embed/v/_shared/<name>` and returns its URL. */
function writeShared(dist: string, name: string, content: string | Uint8Array): string {
  const file = join(dist, SHARED_FOLDER, name);
  if (!existsSync(file)) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
  return SHARED_URL + name;
}
const share = (dist: string, content: string | Uint8Array, ext: string) => writeShared(dist, sharedName(content, ext), content);

/** The head's own `<style>` elements (Astro inlines small stylesheets) become links to shared copies, in place: the cascade is unchanged. */
function shareHeadStyles(html: string, shareCss: (css: string) => string): string {
  // No <style> start tag, no <style> element: the page need not be read.
  if (!/<style/i.test(html)) return html;
  const elements = htmlElements(html);
  const body = elements.find((e) => e.name === 'body')?.start ?? html.length;
  const styles = elements.filter((e) => e.name === 'style' && e.end <= body && Object.keys(e.attrs).length === 0);
  return replaceRanges(
    html,
    styles.map((e) => ({ start: e.start, end: e.end, text: `<link rel="stylesheet" href="${shareCss(html.slice(e.startTagEnd, e.contentEnd))}">` })),
  );
}

/** What may stand in a path of the frozen folders; any other character ends a run of such characters in a text. */
const PATH_CHARS = /[A-Za-z0-9._~%/:-]+/g;

/**
 * Whether a path occurs anywhere in the texts, as `texts.some((t) => t.includes(path))` answers,
 * without reading every text once per path (the pages x files of a large build): a path made of
 * PATH_CHARS can only occur inside a run of them, so the texts' distinct runs are read instead.
 */
function referencedIn(texts: readonly string[]): (path: string) => boolean {
  const runs = [...new Set(texts.flatMap((text) => text.match(PATH_CHARS) ?? []))].filter((run) => run.includes('/'));
  return (path) => {
    if (path.replace(PATH_CHARS, '') !== '') return texts.some((text) => text.includes(path));
    return runs.some((run) => run.includes(path));
  };
}

/**
 * Turns the current version's frozen folders in dist/ into the shared format (frozen-shared.ts):
 * the files beside each page (CSV, pictures) move to `/embed/v/_shared/` by content and every
 * reference to them follows; each page links the shared stylesheet instead of `/_astro/`, drops
 * module scripts, and is split into a shell and a shared body. Returns the number of pages;
 * throws if the build wrote none, or if a page can't be frozen (see `freezeHtml`).
 */
export function freezeVersion(dist: string, version: string, options: FreezeOptions = {}): number {
  checkVersion(version);
  const readAsset = (path: string) => {
    const file = join(dist, path);
    return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
  };
  const folders = LANGS.map((lang) => ({ lang, folder: join(dist, frozenFolder(lang, version)) }));
  for (const { lang, folder } of folders) if (!existsSync(folder)) throw new Error(`frozen embeds: the build wrote no ${frozenFolder(lang, version)}/`);

  // 1. Files beside the pages, by content. A page of one language may point at another's (the PNG is nb only).
  // A file nothing refers to (kart.svg, the source of the PNG) is not kept: the latest embed has it.
  const texts = folders
    .flatMap(({ folder }) => filesUnder(folder).filter((f) => f.endsWith('.html') || f.endsWith('oembed.json')))
    .map((f) => readFileSync(f, 'utf8'));
  const referenced = referencedIn(texts);
  const moved = new Map<string, { url: string; name: string }>();
  for (const { folder } of folders) {
    for (const file of filesUnder(folder).filter((f) => !f.endsWith('.html') && !f.endsWith('oembed.json'))) {
      const path = `/${posix(relative(dist, file))}`;
      if (referenced(path)) moved.set(path, { url: share(dist, readFileSync(file), extname(file).slice(1)), name: file.slice(file.lastIndexOf(sep) + 1) });
      unlinkSync(file);
    }
  }
  // One pass, longest first at each position: `/nn/embed/v/x/data.csv` must not be read as `/embed/v/x/data.csv`.
  const paths = [...moved.keys()].sort((a, b) => b.length - a.length);
  const pattern = paths.length ? new RegExp(paths.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g') : undefined;
  const replacePaths = (text: string) => (pattern ? text.replace(pattern, (path) => moved.get(path)!.url) : text);
  // A path made of PATH_CHARS only matches inside one run of them, so only the runs holding a path's
  // common part are searched (the alternation of every path, tried at every "/" of a page, was slow).
  const marker = '/embed/v/';
  const runsOnly = paths.every((p) => p.includes(marker) && p.replace(PATH_CHARS, '') === '');
  const rewrite = (text: string) => (runsOnly ? text.replace(PATH_CHARS, (run) => (run.includes(marker) ? replacePaths(run) : run)) : replacePaths(text));
  // A download link keeps its file name (data.csv), not the hash.
  const names = new Map([...moved.values()].map((m) => [m.url, m.name]));
  const keepNames = (html: string) =>
    // No download attribute written, no link to rename: the page need not be read.
    !/download/i.test(html)
      ? html
      : replaceRanges(
          html,
          htmlElements(html).flatMap((a) => {
            const name = a.name === 'a' && 'download' in a.attrs && a.attrs.download === '' ? names.get(a.attrs.href ?? '') : undefined;
            if (!name) return [];
            const tag = html.slice(a.start, a.startTagEnd);
            return [{ start: a.start, end: a.startTagEnd, text: tag.replace(/\sdownload(?=[\s>=])(?:=(?:""|''))?/i, ` download="${name}"`) }];
          }),
        );

  // 2. Pages and oEmbed files.
  const loaderUrl = share(dist, LOADER_JS, 'js');
  // The files the stylesheet loads (the site's font), by content like the rest.
  const shareFile = (path: string) => {
    const file = join(dist, path);
    if (!existsSync(file)) throw new Error(`frozen embeds: ${path} is not in the build`);
    return share(dist, readFileSync(file), extname(file).slice(1));
  };
  let pages = 0;
  for (const { lang, folder } of folders) {
    for (const file of filesUnder(folder)) {
      const page = posix(relative(dist, file));
      if (file.endsWith('oembed.json')) {
        writeFileSync(file, rewrite(readFileSync(file, 'utf8')));
        continue;
      }
      const shareCss = (css: string) => share(dist, css, 'css');
      const html = shareHeadStyles(freezeHtml(keepNames(rewrite(readFileSync(file, 'utf8'))), readAsset, page, shareCss, shareFile), shareCss);
      const split = splitFrozenPage(html, {
        volatile: [version, ...(options.volatile?.[lang] ?? [])],
        unavailable: EMBED_STRINGS[lang].frozenUnavailable,
        page,
      });
      const body = packBody(split.body);
      writeFileSync(file, split.shell(writeShared(dist, body.name, body.bytes), loaderUrl));
      pages++;
    }
  }
  return pages;
}
