import type { APIRoute } from 'astro';
import { atomFeed } from '../../lib/open-data';
import { loadSiteData } from '../../lib/site-data';
import { siteStats } from '../../lib/site-stats';
import { STRINGS } from '../../lib/i18n/strings';

export const GET: APIRoute = ({ site }) => {
  const data = loadSiteData();
  const t = STRINGS.nb;
  const body = atomFeed(data.dataset, siteStats(data).changesByYear, { site: site!.href, title: t.feedTitle, added: t.feedAdded, cancelled: t.feedCancelled });
  return new Response(body, { headers: { 'Content-Type': 'application/atom+xml' } });
};
