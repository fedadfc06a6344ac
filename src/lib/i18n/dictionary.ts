/** The shape of a language's dictionary: bokmål's (nb.ts), feature by feature. */
import type * as nb from './nb';

export type Dictionary = typeof nb;
export type Feature = keyof Dictionary;
