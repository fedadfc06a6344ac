/**
 * The consortium's categories (DOMAIN.md) in the three languages. A module of its own, so the
 * map's and the search's browser code can use it without the site's whole string table.
 */
import type { Category } from '../schema';
import type { Lang } from './lang';

export const CATEGORY_LABELS: Record<Lang, Record<Category, string>> = {
  nb: {
    'news-magazines': 'Aviser og magasiner',
    film: 'Film',
    music: 'Musikk',
    reference: 'Oppslagsverk og ordbøker',
    'databases-journals': 'Databaser og tidsskrifter',
    'language-learning': 'Språkopplæring',
    'books-audiobooks': 'Bøker og lydbøker',
  },
  nn: {
    'news-magazines': 'Aviser og magasin',
    film: 'Film',
    music: 'Musikk',
    reference: 'Oppslagsverk og ordbøker',
    'databases-journals': 'Databasar og tidsskrift',
    'language-learning': 'Språkopplæring',
    'books-audiobooks': 'Bøker og lydbøker',
  },
  en: {
    'news-magazines': 'News and magazines',
    film: 'Film',
    music: 'Music',
    reference: 'Reference works and dictionaries',
    'databases-journals': 'Databases and journals',
    'language-learning': 'Language learning',
    'books-audiobooks': 'Books and audiobooks',
  },
};
