/**
 * The address the site is published at (canonical URLs, sitemap, feeds, embed snippets, oEmbed).
 * A build meant for publishing (HHH_PUBLISH=1, set by the nightly workflow) must be given SITE_URL:
 * an empty or missing value fails with a message that says what to set, instead of publishing
 * http://localhost links. A local build falls back to the address `npm start` serves on, so its
 * snippets work on the same machine.
 */

/** Where `npm start` / `npm run preview` serve (`astro preview --host 127.0.0.1`, Astro's default port). */
export const LOCAL_SITE_URL = 'http://127.0.0.1:4321/';

export class SiteUrlError extends Error {}

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]', '0.0.0.0']);

function isLocalHost(hostname: string): boolean {
  return LOCAL_HOSTS.has(hostname) || hostname.endsWith('.localhost') || /^127\./.test(hostname);
}

/** True when this build is meant to be published: HHH_PUBLISH is set to anything but "", "0" or "false". */
export function isPublishBuild(env: Record<string, string | undefined>): boolean {
  const flag = (env.HHH_PUBLISH ?? '').trim().toLowerCase();
  return flag !== '' && flag !== '0' && flag !== 'false';
}

/** The site's address (always ending in "/"), or a SiteUrlError saying what is wrong with SITE_URL. */
export function resolveSiteUrl(env: Record<string, string | undefined>): string {
  const raw = (env.SITE_URL ?? '').trim();
  const publish = isPublishBuild(env);
  if (raw === '') {
    if (publish) {
      throw new SiteUrlError(
        'SITE_URL is not set (or empty), but HHH_PUBLISH asks for a build to publish: set SITE_URL to the address the site is published at, e.g. https://hvemharhva.no/ ' +
          '(in GitHub: Settings > Secrets and variables > Actions > Variables > SITE_URL). Without it every canonical URL, sitemap entry, feed link and embed snippet would point at localhost.',
      );
    }
    return LOCAL_SITE_URL;
  }
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new SiteUrlError(`SITE_URL "${raw}" is not an absolute URL; expected e.g. https://hvemharhva.no/`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new SiteUrlError(`SITE_URL "${raw}" must start with https:// (or http://), not ${url.protocol}`);
  if (url.username || url.password || url.search || url.hash)
    throw new SiteUrlError(`SITE_URL "${raw}" must be an address only: no user, password, query or #fragment`);
  // Every page links from the root (/embed/, /data/…): a site under a sub-path would break them.
  if (url.pathname !== '/')
    throw new SiteUrlError(`SITE_URL "${raw}" has a path (${url.pathname}); the site must be served from the root of its host, e.g. ${url.origin}/`);
  if (publish && url.protocol !== 'https:') throw new SiteUrlError(`SITE_URL "${raw}" must use https:// for a build to publish`);
  if (publish && isLocalHost(url.hostname)) throw new SiteUrlError(`SITE_URL "${raw}" is a local address; a build to publish needs the public one`);
  return url.href;
}
