/** The about page and the accessibility statement: the `about` and `accessibility` features of each language's dictionary. */
import { about as enAbout, accessibility as enAccessibility } from './en';
import type { Lang } from './lang';
import { about as nbAbout, accessibility as nbAccessibility, type Prose } from './nb';
import { about as nnAbout, accessibility as nnAccessibility } from './nn';

export type { Prose, ProseSection } from './nb';

export const ABOUT: Record<Lang, Prose> = { nb: nbAbout, nn: nnAbout, en: enAbout };
export const ACCESSIBILITY: Record<Lang, Prose> = { nb: nbAccessibility, nn: nnAccessibility, en: enAccessibility };
