import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isPublishBuild, LOCAL_SITE_URL, resolveSiteUrl, SiteUrlError } from './site-url';

describe('resolveSiteUrl', () => {
  it('falls back to the address npm start serves on for a local build', () => {
    expect(resolveSiteUrl({})).toBe('http://127.0.0.1:4321/');
    expect(resolveSiteUrl({ SITE_URL: '' })).toBe(LOCAL_SITE_URL);
    expect(resolveSiteUrl({ SITE_URL: '   ', HHH_PUBLISH: '0' })).toBe(LOCAL_SITE_URL);
  });

  it('requires SITE_URL for a build to publish, an empty string counting as unset', () => {
    for (const env of [{ HHH_PUBLISH: '1' }, { HHH_PUBLISH: '1', SITE_URL: '' }, { HHH_PUBLISH: 'true', SITE_URL: ' ' }]) {
      expect(() => resolveSiteUrl(env)).toThrow(SiteUrlError);
      expect(() => resolveSiteUrl(env)).toThrow(/SITE_URL is not set.*HHH_PUBLISH/);
    }
  });

  it('refuses a local or plain-http address for a build to publish', () => {
    for (const SITE_URL of [
      'http://localhost:4321',
      'https://localhost/',
      'https://127.0.0.1/',
      'https://[::1]/',
      'https://app.localhost/',
      'http://hvemharhva.no/',
    ]) {
      expect(() => resolveSiteUrl({ HHH_PUBLISH: '1', SITE_URL })).toThrow(SiteUrlError);
    }
  });

  it('normalises a good address to end in a slash', () => {
    expect(resolveSiteUrl({ HHH_PUBLISH: '1', SITE_URL: 'https://hvemharhva.no' })).toBe('https://hvemharhva.no/');
    expect(resolveSiteUrl({ SITE_URL: 'http://localhost:8080/' })).toBe('http://localhost:8080/');
  });

  it('names what is wrong with a malformed address', () => {
    expect(() => resolveSiteUrl({ SITE_URL: 'hvemharhva.no' })).toThrow(/not an absolute URL/);
    expect(() => resolveSiteUrl({ SITE_URL: 'ftp://hvemharhva.no/' })).toThrow(/https/);
    expect(() => resolveSiteUrl({ SITE_URL: 'https://example.github.io/hvem-har-hva/' })).toThrow(/has a path/);
    expect(() => resolveSiteUrl({ SITE_URL: 'https://hvemharhva.no/?x=1' })).toThrow(/no user, password, query/);
  });

  it('reads HHH_PUBLISH as a flag', () => {
    expect(isPublishBuild({ HHH_PUBLISH: '1' })).toBe(true);
    expect(isPublishBuild({ HHH_PUBLISH: 'yes' })).toBe(true);
    expect(isPublishBuild({ HHH_PUBLISH: '' })).toBe(false);
    expect(isPublishBuild({ HHH_PUBLISH: 'false' })).toBe(false);
    expect(isPublishBuild({})).toBe(false);
  });
});

describe('the local address', () => {
  it('is where `npm start` and `npm run preview` serve, so local snippets and feeds work', () => {
    const scripts = JSON.parse(readFileSync('package.json', 'utf8')).scripts as Record<string, string>;
    const local = new URL(LOCAL_SITE_URL);
    for (const name of ['start', 'preview']) {
      expect(scripts[name]).toContain(`astro preview --host ${local.hostname}`);
      // Astro's preview port is 4321 unless told otherwise.
      const port = /--port[= ](\d+)/.exec(scripts[name]!)?.[1] ?? '4321';
      expect(port).toBe(local.port);
    }
  });
});
