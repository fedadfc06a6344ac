import { describe, expect, it } from 'vitest';
import { configuredHosts, isSpecialAddress, refusalFor } from './host-policy';

describe('isSpecialAddress', () => {
  it('refuses loopback, private, link-local and other special addresses', () => {
    for (const address of [
      '127.0.0.1',
      '127.8.9.10',
      '10.0.0.1',
      '172.16.0.1',
      '172.31.255.255',
      '192.168.0.1',
      '169.254.169.254',
      '100.64.0.1',
      '0.0.0.0',
      '224.0.0.1',
      '::1',
      '[::1]',
      '::',
      'fc00::1',
      'fdff::1',
      'fe80::1',
      '::ffff:127.0.0.1',
      '::ffff:a00:1',
      'not-an-address',
    ])
      expect(isSpecialAddress(address), address).toBe(true);
  });

  it('lets public addresses through', () => {
    for (const address of ['93.184.216.34', '172.32.0.1', '172.15.255.255', '192.169.0.1', '8.8.8.8', '2606:4700::1111', '2a00:1450:4010::1'])
      expect(isSpecialAddress(address), address).toBe(false);
  });
});

describe('configuredHosts', () => {
  it("names the source's and the media bank's hosts and those HHH_FETCH_HOSTS adds", () => {
    expect(
      configuredHosts({
        HHH_SOURCE: 'https://Export.Example/s/secret/export.csv',
        HHH_MEDIA_MANIFEST: 'https://bank.example/manifest.csv',
        HHH_FETCH_HOSTS: 'cdn.example, [2606:4700::1111] other.example.',
      }).sort(),
    ).toEqual(['2606:4700::1111', 'bank.example', 'cdn.example', 'export.example', 'other.example']);
    expect(configuredHosts({ HHH_SOURCE: 'data/demo.csv' })).toEqual([]);
  });
});

describe('refusalFor', () => {
  const policy = { allowed: new Set(['bank.example']), allowPrivate: false, resolve: async () => ['93.184.216.34'] };
  it('lets a named host with public addresses through, and nothing else', async () => {
    expect(await refusalFor(new URL('https://BANK.example/x.png'), policy)).toBeUndefined();
    expect(await refusalFor(new URL('https://evil.example/x.png'), policy)).toMatch(
      /the host evil\.example is not one the configuration names \(bank\.example\)/,
    );
    expect(await refusalFor(new URL('https://bank.example/x.png'), { ...policy, resolve: async () => ['10.0.0.1'] })).toMatch(/resolves to 10\.0\.0\.1/);
    expect(await refusalFor(new URL('https://bank.example/x.png'), { ...policy, resolve: async () => ['10.0.0.1'], allowPrivate: true })).toBeUndefined();
  });
});
