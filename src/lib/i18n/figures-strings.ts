/** The honest figures' words (issue 15): the `figures` feature of each language's dictionary. */
import type { Dictionary } from './dictionary';
import { figures as en } from './en';
import type { Lang } from './lang';
import { figures as nb } from './nb';
import { figures as nn } from './nn';

export type FigureStrings = Dictionary['figures'];

export const FIGURE_STRINGS: Record<Lang, FigureStrings> = { nb, nn, en };
