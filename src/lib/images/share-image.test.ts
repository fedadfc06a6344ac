import { describe, expect, it } from 'vitest';
import { DEMO_IMAGE_MARK, shareImageSvg } from './share-image';

describe('shareImageSvg', () => {
  it('says the figures are example data when asked, and only then', () => {
    const demo = shareImageSvg({ siteName: 'Hvem har hva?', lines: ['Digitale tjenester'], demoMark: DEMO_IMAGE_MARK });
    expect(demo).toContain('EKSEMPELDATA · EXAMPLE DATA');
    expect(shareImageSvg({ siteName: 'Hvem har hva?', lines: [] })).not.toContain('EKSEMPELDATA');
  });
  it('escapes its text', () => {
    expect(shareImageSvg({ siteName: 'A & <B>', lines: ['"x"'] })).toContain('A &amp; &lt;B&gt;');
  });
});
