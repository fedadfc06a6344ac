/** English: the consortium's categories. */
import type { Dictionary } from '../dictionary';

export const categories: Dictionary['categories'] = {
  'news-magazines': 'News and magazines',
  film: 'Film',
  music: 'Music',
  reference: 'Reference works and dictionaries',
  'databases-journals': 'Databases and journals',
  'language-learning': 'Language learning',
  'books-audiobooks': 'Books and audiobooks',
  other: 'Other',
};
