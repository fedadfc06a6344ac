/** Bokmål: the consortium's categories (DOMAIN.md). Its own module: the map's and the search's browser code import it. */
export const categories = {
  'news-magazines': 'Aviser og magasiner',
  film: 'Film',
  music: 'Musikk',
  reference: 'Oppslagsverk og ordbøker',
  'databases-journals': 'Databaser og tidsskrifter',
  'language-learning': 'Språkopplæring',
  'books-audiobooks': 'Bøker og lydbøker',
  other: 'Annet',
};
