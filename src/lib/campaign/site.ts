/** The campaign material prepared for this build, as the pages read it. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PATHS } from '../paths';
import type { CampaignIndex, PublishedAsset } from './build-campaign';

let cached: CampaignIndex | undefined;

/** Empty when the build did not prepare material (e.g. `astro dev` without `npm run build`). */
export function loadCampaign(): CampaignIndex {
  if (cached) return cached;
  const path = join(PATHS.campaignBuild, 'index.json');
  cached = existsSync(path)
    ? (JSON.parse(readFileSync(path, 'utf8')) as CampaignIndex)
    : { isDemo: false, builtOn: '', assets: [], excluded: { withdrawn: 0, expired: 0 }, zips: [] };
  return cached;
}

export function assetsForService(index: CampaignIndex, serviceId: string): PublishedAsset[] {
  return index.assets.filter((a) => a.serviceIds.includes(serviceId));
}
