/** The words of the entity feeds and of the "Følg" box, in each language. */
import type { Lang } from '../i18n/lang';

export interface FollowStrings {
  /** The feed's title: whose changes it lists. */
  feedTitle: (name: string) => string;
  /** Added to every feed's title while the site is built from demo data. */
  demoMark: string;
  /** The visible link's text. */
  follow: string;
  /** What the link follows, after "Følg". */
  followWhat: (name: string) => string;
  /** A short explanation of what a feed is and how to use it. */
  explain: string;
}

export const FOLLOW_STRINGS: Record<Lang, FollowStrings> = {
  nb: {
    feedTitle: (name) => `${name}: nye og oppsagte abonnementer – Hvem har hva?`,
    demoMark: ' (eksempeldata)',
    follow: 'Følg',
    followWhat: (name) => `endringene for ${name} (Atom-feed)`,
    explain:
      'En feed er en adresse som en feedleser (som Feedly, Inoreader eller Thunderbird) sjekker for deg: lim den inn der, så får du vite når en tjeneste kommer til eller blir sagt opp.',
  },
  nn: {
    feedTitle: (name) => `${name}: nye og oppsagde abonnement – Hvem har hva?`,
    demoMark: ' (eksempeldata)',
    follow: 'Følg',
    followWhat: (name) => `endringane for ${name} (Atom-feed)`,
    explain:
      'Ein feed er ei adresse som ein feedlesar (som Feedly, Inoreader eller Thunderbird) sjekkar for deg: lim ho inn der, så får du vite når ei teneste kjem til eller blir sagd opp.',
  },
  en: {
    feedTitle: (name) => `${name}: new and cancelled subscriptions – Hvem har hva?`,
    demoMark: ' (demo data)',
    follow: 'Follow',
    followWhat: (name) => `the changes for ${name} (Atom feed)`,
    explain:
      'A feed is an address a feed reader (such as Feedly, Inoreader or Thunderbird) checks for you: paste it there to hear when a service is added or cancelled.',
  },
};
