/**
 * Writes every entity feed into the built site. Plain files written after Astro, not Astro routes:
 * a route per feed would cost the build per file far more than writing the text does (issue 28's
 * budget: feeds and reports within 10 % of the build at 10x).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { LANGS } from '../i18n/lang';
import type { SiteData } from '../dataset/site-data';
import { siteStats } from '../figures/site-stats';
import { entityFeeds } from './entity-feeds';

export function writeEntityFeeds(outDir: string, data: SiteData, site: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  for (const feed of entityFeeds(data.dataset, siteStats(data).changesByYear, site, LANGS)) {
    const file = join(outDir, feed.path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, feed.body);
    files++;
    bytes += Buffer.byteLength(feed.body);
  }
  return { files, bytes };
}
