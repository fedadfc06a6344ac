/**
 * `npm run subset-font`: writes `src/styles/fonts/inter-extra-wght-normal.woff2`, the few letters
 * beyond Latin-1 that Norwegian names need (Sami, Kven and common European letters: EXTRA_LETTERS in src/lib/images/font-letters.ts),
 * cut from Inter's Latin Extended file in @fontsource-variable/inter with HarfBuzz (subset-font),
 * weight axis kept. The whole Latin Extended file is 85 KB for the 2 letters the site shows today
 * (š, ŋ), and a phone drew no text until it arrived. The output is committed; run this again after
 * updating the font package or when a name needs a letter that is missing (its code point then
 * falls back to the system font, see the unicode-range in src/styles/fonts.css, which must match).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import subsetFont from 'subset-font';
import { EXTRA_LETTERS, EXTRA_FONT_FILE } from '../src/lib/images/font-letters';

const require = createRequire(import.meta.url);
const source = require.resolve('@fontsource-variable/inter/files/inter-latin-ext-wght-normal.woff2');
const subset = await subsetFont(readFileSync(source), EXTRA_LETTERS, { targetFormat: 'woff2', variationAxes: { wght: { min: 100, max: 900 } } });
writeFileSync(EXTRA_FONT_FILE, subset);
console.log(`subset-font: ${EXTRA_FONT_FILE}, ${[...EXTRA_LETTERS].length} letters, ${(subset.length / 1024).toFixed(1)} KB`);
