/** Bokmål labels for the dataset's codes. (Nynorsk and English arrive with the pages issue.) */
import type { Category, LibraryKind, Service } from './schema';

export const CATEGORY_LABEL: Record<Category, string> = {
  'news-magazines': 'Aviser og magasiner',
  film: 'Film',
  music: 'Musikk',
  reference: 'Oppslagsverk og ordbøker',
  'databases-journals': 'Databaser og tidsskrifter',
  'language-learning': 'Språkopplæring',
  'books-audiobooks': 'Bøker og lydbøker',
};

export const KIND_LABEL: Record<LibraryKind, string> = {
  public: 'Folkebibliotek',
  school: 'Videregående skole',
};

export const AUDIENCE_LABEL: Record<Service['audience'], string> = {
  public: 'Folkebibliotek',
  school: 'Videregående skoler',
  both: 'Folkebibliotek og videregående skoler',
};

export const FUNDING_LABEL: Record<Service['funding'], string> = {
  bought: 'Kjøpt av biblioteket',
  'state-funded': 'Statlig finansiert',
  'county-funded': 'Finansiert av fylkeskommunen',
};
