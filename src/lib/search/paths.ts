/** Where the built search index is served; one file for every language (it holds no UI text). */
export const SEARCH_INDEX_PATH = '/sok/indeks.json';
