/** The shape of a language's dictionary: bokmål's (nb.ts), feature by feature. */
import type * as nb from './nb';

export type Dictionary = typeof nb;
export type Feature = keyof Dictionary;

/**
 * True when two unions hold the same members: how a feature checks that a dictionary's labels
 * cover its codes exactly, since a dictionary imports nothing from the features that use it.
 */
export type SameKeys<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
