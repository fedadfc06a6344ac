/** Nynorsk: the consortium's categories. */
import type { Dictionary } from '../dictionary';

export const categories: Dictionary['categories'] = {
  'news-magazines': 'Aviser og magasin',
  film: 'Film',
  music: 'Musikk',
  reference: 'Oppslagsverk og ordbøker',
  'databases-journals': 'Databasar og tidsskrift',
  'language-learning': 'Språkopplæring',
  'books-audiobooks': 'Bøker og lydbøker',
  other: 'Anna',
};
