/** The Atom feed of added and cancelled subscriptions, one per language (/endringer/feed.xml, /nn/…, /en/…). */
import type { APIRoute } from 'astro';
import { atomFeed } from '../../../lib/feeds/national';
import { FOLLOW_STRINGS } from '../../../lib/feeds/strings';
import { loadSiteData } from '../../../lib/dataset/site-data';
import { siteStats } from '../../../lib/figures/site-stats';
import { STRINGS } from '../../../lib/i18n/strings';
import type { Lang } from '../../../lib/i18n/lang';
import { langPaths } from '../../../lib/i18n/routes';

export const getStaticPaths = langPaths;

export const GET: APIRoute = ({ site, props }) => {
  const { lang } = props as { lang: Lang };
  const data = loadSiteData();
  const t = STRINGS[lang];
  const body = atomFeed(data.dataset, siteStats(data).changesByYear, {
    site: site!.href,
    lang,
    // Demo data says so in every feed's title.
    title: t.feedTitle + (data.dataset.source.isDemo ? FOLLOW_STRINGS[lang].demoMark : ''),
    added: t.feedAdded,
    cancelled: t.feedCancelled,
  });
  return new Response(body, { headers: { 'Content-Type': 'application/atom+xml' } });
};
