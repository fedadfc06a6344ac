/**
 * The letters beyond Latin-1 that the site's font carries (scripts/subset-font.ts cuts them from
 * Inter's Latin Extended file): Northern, Lule, Southern, Inari and Skolt Sami, Kven, and the
 * letters of common European names. `src/styles/fonts.css` declares exactly these code points, and
 * a test checks that every such letter in the dataset is among them.
 */
export const EXTRA_LETTERS =
  // Sami: Č č Đ đ Ŋ ŋ Š š Ŧ ŧ Ž ž, Skolt and Inari: Ʒ ʒ Ǥ ǥ Ǧ ǧ Ǩ ǩ Ǯ ǯ ʹ, and the macron vowels
  'ČčĐđŊŋŠšŦŧŽžƷʒǤǥǦǧǨǩǮǯʹĀāĒēĪīŌōŪū' +
  // Other European names: Polish, Czech, Slovak, Hungarian, Baltic, Turkish, Croatian
  'ĄąĆćĘęŁłŃńŚśŹźŻżĎďĚěŇňŘřŤťŮůŐőŰűĖėĮįŲųĢģĶķĻļŅņĞğİŞş';

export const EXTRA_FONT_FILE = 'src/styles/fonts/inter-extra-wght-normal.woff2';

/** `U+XXXX` for each letter, for a CSS unicode-range. */
export function unicodeRange(letters: string = EXTRA_LETTERS): string {
  return [...letters].map((c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`).join(', ');
}
