/**
 * Builds the static site from data/dataset.json (run `npm run pull` first; `npm run build` does)
 * and prints what a maintainer wants to know: pages written, build time and peak memory.
 *
 * Campaign material is prepared first (consent checked against today's date, so an asset whose
 * consent was withdrawn or has expired is left out of this build) and copied into dist/ after Astro;
 * its previews are encoded while Astro builds (prepareCampaign: encoding is most of its time).
 * HHH_MEDIA_MANIFEST: the media bank's manifest (path or https URL; default the demo manifest),
 * HHH_MEDIA_TOKEN: its Bearer token.
 *
 * The site is built into a fresh folder (dist.building/) that replaces dist/ only when every step
 * passed: a failing build exits 1 and leaves the last good dist/ as it was (src/lib/site/fresh-dist.ts).
 *
 * Every page gets a Content-Security-Policy <meta> (hashes of its inline scripts and styles) and
 * dist/_headers the directives a <meta> can't carry (src/lib/html/csp.ts).
 *
 * Frozen embeds (`/embed/v/<version>/…`) are made self-contained, archived in PATHS.embedArchive
 * (HHH_EMBED_ARCHIVE) and every older archived version is copied back into dist/, so a citation of
 * an older dataset version keeps working (see src/lib/embed/frozen-archive.ts). HHH_EMBED_KEEP: the
 * archive's retention policy (src/lib/embed/retention.ts; default: the last 30 days, then monthly).
 */
import { cpSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { build } from 'astro';
import { CAMPAIGN_URL, prepareCampaign } from '../src/lib/campaign/build-campaign';
import { campaignFailure } from '../src/lib/campaign/failure';
import { osloDate } from '../src/lib/campaign/manifest';
import { carryFrozenEmbeds, describeCarry } from '../src/lib/embed/frozen-archive';
import { freezeVersion } from '../src/lib/embed/frozen-version';
import { parseKeepPolicy } from '../src/lib/embed/retention';
import { isFrozenEmbedFile } from '../src/lib/embed/frozen-store';
import { datasetVersion } from '../src/lib/embed/views';
import { htmlFilesUnder, writeHeadersFile } from '../src/lib/html/csp';
import { applyCspInWorkers } from '../src/lib/html/csp-in-workers';
import { formatDate } from '../src/lib/i18n/format';
import { LANGS } from '../src/lib/i18n/lang';
import { writeEntityFeeds } from '../src/lib/feeds/write-feeds';
import { PATHS } from '../src/lib/paths';
import { loadSiteData } from '../src/lib/dataset/site-data';
import { resolveSiteUrl, SiteUrlError } from '../src/lib/site/site-url';
import { buildIntoFresh } from '../src/lib/site/fresh-dist';

// Before anything slow: a build to publish without its address stops here (astro.config.mjs checks it too).
try {
  resolveSiteUrl(process.env);
} catch (error) {
  if (!(error instanceof SiteUrlError)) throw error;
  console.error(`build: ${error.message}`);
  process.exit(2);
}

const started = performance.now();
/** Each step's wall and CPU time (this process: user + system), printed at the end: where a slow build spends its time (docs/performance-build.md). */
const steps: { name: string; wall: number; cpu: number }[] = [];
async function step<T>(name: string, run: () => T | Promise<T>): Promise<T> {
  const at = performance.now();
  const cpuAt = process.cpuUsage();
  const result = await run();
  const cpu = process.cpuUsage(cpuAt);
  steps.push({ name, wall: (performance.now() - at) / 1000, cpu: (cpu.user + cpu.system) / 1e6 });
  return result;
}
let previews: Promise<void>;
try {
  ({ previews } = await step('campaign', () =>
    prepareCampaign({
      manifest: process.env.HHH_MEDIA_MANIFEST || PATHS.demoCampaignManifest,
      demoManifestPath: PATHS.demoCampaignManifest,
      outputDirectory: PATHS.campaignBuild,
      previewCacheDirectory: PATHS.campaignPreviewCache,
      services: loadSiteData().dataset.services,
      // Consent ends at midnight in Norway: the nightly job runs near it in UTC.
      buildDate: osloDate(),
      download: { credential: { token: process.env.HHH_MEDIA_TOKEN || undefined } },
      log: (line) => console.error(line),
    }),
  ));
} catch (error) {
  // Exit 2 (invalid material) or 3 (media bank unreachable) with the row, never a stack trace.
  const failure = campaignFailure(error);
  console.error(failure.message);
  process.exit(failure.code);
}
const campaignSeconds = (performance.now() - started) / 1000;
// The previews are encoded while Astro builds (prepareCampaign); a failure is reported after it, as the campaign's.
let previewFailure: unknown;
const previewsDone = previews.catch((error: unknown) => {
  previewFailure = error;
  throw error;
});
previewsDone.catch(() => {});

// Into a fresh folder: dist/ is replaced only when every step below passed (src/lib/site/fresh-dist.ts).
try {
  await buildIntoFresh(PATHS.dist, async (out) => {
    await step('astro build', () => build({ root: process.cwd(), logLevel: 'warn', outDir: out }));
    await step('campaign previews', () => previewsDone);
    await step('campaign copy', () => cpSync(join(PATHS.campaignBuild, 'files'), join(out, CAMPAIGN_URL), { recursive: true }));
    // The policy into every page but the frozen embeds' (the next steps rewrite and add those), on worker
    // threads while those steps run: a single core's longest post-step otherwise (docs/performance-build.md).
    const cspOptions = { mapStyleUrl: process.env.PUBLIC_MAP_STYLE_URL };
    const sitePages = htmlFilesUnder(out).filter((file) => !isFrozenEmbedFile(out, file));
    // One core fewer than the machine has: this thread has the freeze to do meanwhile.
    const sitePolicies = applyCspInWorkers(out, sitePages, cspOptions, Math.max(1, availableParallelism() - 1));
    // Awaited below; a failure meanwhile is reported there, not as an unhandled rejection.
    sitePolicies.catch(() => {});

    // Entity feeds as plain files: cheaper than a route each (src/lib/feeds/write-feeds.ts).
    const feedsStarted = performance.now();
    const feeds = await step('entity feeds', () => writeEntityFeeds(out, loadSiteData(), resolveSiteUrl(process.env)));
    console.log(`feeds: ${feeds.files} entity feeds, ${(feeds.bytes / 1e6).toFixed(1)} MB in ${((performance.now() - feedsStarted) / 1000).toFixed(1)} s`);

    // Only after Astro: the frozen pages must be self-contained before they are archived.
    const { source } = loadSiteData().dataset;
    const version = datasetVersion(source.sha256);
    // The data date as the map's source line writes it (NorwayMap.astro): it differs between versions, so it is filled in by the shell.
    const dataDate = (lang: (typeof LANGS)[number]) => formatDate(`${source.pulledAt.slice(0, 10)}T12:00:00Z`, lang);
    await step('freeze embeds', () => freezeVersion(out, version, { volatile: Object.fromEntries(LANGS.map((lang) => [lang, [dataDate(lang)]])) }));
    const keep = parseKeepPolicy(process.env.HHH_EMBED_KEEP);
    const carried = await step('archive embeds', () => carryFrozenEmbeds({ dist: out, archive: PATHS.embedArchive, version, keep }));
    console.log(describeCarry(version, carried));

    // Last, the finished frozen and archived pages (every page the site pages above are not), then _headers.
    const site = await step('csp (waiting for the site pages)', () => sitePolicies);
    const done = new Set(sitePages);
    const frozen = await step('csp (frozen embeds)', () =>
      applyCspInWorkers(
        out,
        htmlFilesUnder(out).filter((file) => !done.has(file)),
        cspOptions,
      ),
    );
    writeHeadersFile(out);
    console.log(
      `csp: a Content-Security-Policy in ${site.pages + frozen.pages} pages (${site.inlineScripts + frozen.inlineScripts} inline scripts allowed by hash), frame-ancestors in _headers`,
    );
  });
} catch (error) {
  if (previewFailure !== undefined) {
    const failure = campaignFailure(previewFailure);
    console.error(failure.message);
    process.exit(failure.code);
  }
  console.error(`build: failed, dist/ is left as it was (the last good site): ${(error as Error).stack ?? error}`);
  process.exit(1);
}

const seconds = (performance.now() - started) / 1000;
// CPU time is the steadier figure on a shared machine. It is the whole process's: rolldown's threads count in Astro's step, the CSP workers' in the steps they run beside.
console.log(`steps (wall s / CPU s): ${steps.map((s) => `${s.name} ${s.wall.toFixed(1)}/${s.cpu.toFixed(1)}`).join(', ')}`);
// maxRSS is in kilobytes and covers the whole build, which runs in this process.
const peakMegabytes = process.resourceUsage().maxRSS / 1024;
console.log(
  `build: ${htmlFilesUnder(PATHS.dist).length} pages in ${seconds.toFixed(1)} s (campaign material ${campaignSeconds.toFixed(1)} s), peak memory ${peakMegabytes.toFixed(0)} MB`,
);
