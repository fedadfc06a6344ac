/**
 * A service's evidence as one line of plain text per language, for the open data's CSV and JSON:
 * each source by its title, section, date and address, then what it supports.
 */
import type { Lang } from '../i18n/lang';
import type { Service } from '../dataset/schema';

export function evidenceText(evidence: Service['evidence'], lang: Lang): string {
  return evidence
    .map((e) => {
      const where = [e.source, e.section, e.date, e.url].filter(Boolean).join(', ');
      return `${where}: ${e.note[lang]}`;
    })
    .join(' | ');
}
