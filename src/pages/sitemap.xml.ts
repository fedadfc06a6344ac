import type { APIRoute } from 'astro';
import { campaignPagePaths } from '../lib/campaign/site';
import { LANGS, localePath } from '../lib/i18n/lang';
import { sitePaths } from '../lib/site/routes';
import { loadSiteData } from '../lib/dataset/site-data';

// Every page shows the dataset of one pull, so each page's data is as new as that pull (W3C date).
export const GET: APIRoute = ({ site }) => {
  const { dataset } = loadSiteData();
  const lastmod = dataset.source.pulledAt.slice(0, 10);
  const urls = [...sitePaths(dataset), ...campaignPagePaths()].flatMap((path) => LANGS.map((lang) => new URL(localePath(lang, path), site).href));
  const body = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.map((u) => `<url><loc>${u}</loc><lastmod>${lastmod}</lastmod></url>`).join('\n')}\n</urlset>\n`;
  return new Response(body, { headers: { 'Content-Type': 'application/xml' } });
};
