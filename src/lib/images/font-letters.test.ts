import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXTRA_FONT_FILE, EXTRA_LETTERS, unicodeRange } from './font-letters';

const fontsCss = readFileSync('src/styles/fonts.css', 'utf8');
/** The code points the Latin face covers (its unicode-range in fonts.css, from Fontsource). */
const latinFace = /src: url\('@fontsource-variable\/inter\/files\/inter-latin-wght-normal\.woff2'\)[^;]*;\s*unicode-range: ([^;]+);/.exec(fontsCss)?.[1];

function inRange(range: string, codePoint: number): boolean {
  return range.split(',').some((part) => {
    const [from, to = from] = part.trim().replace(/^U\+/i, '').split('-');
    return codePoint >= Number.parseInt(from!, 16) && codePoint <= Number.parseInt(to!, 16);
  });
}

describe('the letters the font carries', () => {
  it("declares exactly the cut's letters for the cut's file", () => {
    const face = /src: url\('\.\/fonts\/inter-extra-wght-normal\.woff2'\)[^;]*;\s*unicode-range: ([^;]+);/.exec(fontsCss);
    expect(face, 'fonts.css has a face for the cut').not.toBeNull();
    expect(face![1]).toBe(unicodeRange());
    expect(EXTRA_FONT_FILE).toBe('src/styles/fonts/inter-extra-wght-normal.woff2');
  });

  it('ships a small cut, not the whole Latin Extended file (85 KB)', () => {
    expect(existsSync(EXTRA_FONT_FILE), 'run `npm run subset-font`').toBe(true);
    const bytes = readFileSync(EXTRA_FONT_FILE);
    expect(bytes.subarray(0, 4).toString('latin1')).toBe('wOF2');
    expect(bytes.length).toBeLessThan(20 * 1024);
  });

  it('has every letter of the Sami and Kven alphabets that Latin-1 lacks', () => {
    for (const letter of 'ÁáČčĐđŊŋŠšŦŧŽžÄäÖöÅåÆæØøÏïÂâÕõƷʒǤǥǦǧǨǩǮǯ')
      expect(inRange(latinFace!, letter.codePointAt(0)!) || EXTRA_LETTERS.includes(letter), letter).toBe(true);
  });

  it('covers every letter in the official names, the catalogue and the demo export (else it falls back to the system font)', () => {
    // The committed inputs the dataset is made of (data/dataset.json itself is built, not committed).
    const files = ['data/registry', 'data/catalogue', 'data/source'].flatMap((dir) =>
      readdirSync(dir)
        .map((f) => join(dir, f))
        .filter((f) => statSync(f).isFile() && /\.(json|csv)$/.test(f)),
    );
    expect(files).toContain('data/registry/kommuner-2024.csv');
    const missing = new Set<string>();
    for (const file of files)
      for (const ch of readFileSync(file, 'utf8')) {
        const cp = ch.codePointAt(0)!;
        if (cp > 0x7f && !inRange(latinFace!, cp) && !EXTRA_LETTERS.includes(ch)) missing.add(`${ch} (U+${cp.toString(16)}) in ${file}`);
      }
    expect([...missing], 'add them to EXTRA_LETTERS and run `npm run subset-font`').toEqual([]);
  });
});
