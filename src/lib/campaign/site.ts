/** The campaign material prepared for this build, as the pages read it. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PATHS } from '../paths';
import type { CampaignIndex, PublishedAsset } from './build-campaign';
import { once } from '../site/cache';
import { loadSiteData } from '../dataset/site-data';
import { campaignPagePath, packPages } from './pages';

/** Read once per build (site/cache.ts); empty when the build did not prepare material (e.g. `astro dev` without `npm run build`). */
export const loadCampaign = once((): CampaignIndex => {
  const path = join(PATHS.campaignBuild, 'index.json');
  return existsSync(path)
    ? (JSON.parse(readFileSync(path, 'utf8')) as CampaignIndex)
    : { isDemo: false, builtOn: '', assets: [], excluded: { withdrawn: 0, expired: 0 }, zips: [] };
});

export function assetsForService(index: CampaignIndex, serviceId: string): PublishedAsset[] {
  return index.assets.filter((a) => a.serviceIds.includes(serviceId));
}

/** The services with material, A–Å (the same order in every language, so page n is the same page), with their zip. */
export const campaignServices = once(() => {
  const campaign = loadCampaign();
  return loadSiteData()
    .dataset.services.map((service) => ({
      service,
      assets: assetsForService(campaign, service.id),
      zip: campaign.zips.find((z) => z.serviceId === service.id),
    }))
    .filter((entry) => entry.assets.length > 0)
    .sort((a, b) => a.service.name.localeCompare(b.service.name, 'nb'));
});

/** /kampanjer/'s pages: the services on each (pages.ts packs them). */
export const campaignPages = once(() => packPages(campaignServices(), (entry) => entry.assets.length));

/** The paths of /kampanjer/'s further pages (page 1 is /kampanjer/ itself), for the route and the sitemap. */
export const campaignPagePaths = (): string[] =>
  campaignPages()
    .slice(1)
    .map((_, i) => campaignPagePath(i + 2));
