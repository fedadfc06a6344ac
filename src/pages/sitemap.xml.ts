import type { APIRoute } from 'astro';
import { LANGS, localePath } from '../lib/i18n/lang';
import { sitePaths } from '../lib/routes';
import { loadSiteData } from '../lib/site-data';

export const GET: APIRoute = ({ site }) => {
  const urls = sitePaths(loadSiteData().dataset).flatMap((path) => LANGS.map((lang) => new URL(localePath(lang, path), site).href));
  const body = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.map((u) => `<url><loc>${u}</loc></url>`).join('\n')}\n</urlset>\n`;
  return new Response(body, { headers: { 'Content-Type': 'application/xml' } });
};
