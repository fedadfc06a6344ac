/**
 * Words only a reader of a language the site's Norwegian content is not in needs (English): what
 * the Norwegian name means, and that the campaign material is Norwegian. No entry: nothing to say.
 */
import type { Lang } from './lang';

/** What "Hvem har hva?" means, under the name in the home heading and on the share picture. */
export const NAME_MEANING: Partial<Record<Lang, string>> = {
  en: '“Who has what?”: which digital services each Norwegian library offers',
};

/** Said above campaign material, whose titles, texts and credits are as the libraries published them. */
export const MATERIAL_LANGUAGE: Partial<Record<Lang, string>> = {
  en: 'The material is Norwegian: its titles, texts and credits are as the libraries published them, in Norwegian.',
};
