/**
 * The import rules `npm run deps` checks (a stage of `npm test`, right after lint). dependency-cruiser
 * reads .ts and .tsx only: it can't parse .astro files, so a page's or component's frontmatter imports
 * are not checked here (they sit at the top of the graph, where a circle can't start anyway).
 */
/** The translated words: each language's dictionary and its parts. */
const DICTIONARIES = '^src/lib/i18n/(nb|nn|en)([.]ts$|/)';
/** What a dictionary is built with: its shape (dictionary.ts), the language type and the count/number formatting. */
const DICTIONARY_HELPERS = '^src/lib/i18n/(dictionary|lang|format)[.]ts$';

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'A circle of imports (type-only ones count) makes modules that can only be understood together; put the shared piece where it belongs.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'src-not-from-tools',
      severity: 'error',
      comment: 'tools/ are the checks run on the site; the site does not depend on them (tools may import src).',
      // Unit tests may use a tool as their oracle (the Data Package validator, the benchmark's synthetic index).
      from: { path: '^src/', pathNot: '[.]test[.]ts$' },
      to: { path: '^tools/' },
    },
    {
      name: 'dictionaries-stand-alone',
      severity: 'error',
      comment:
        'A dictionary holds words, not features: it imports only other dictionaries and the i18n helpers it is built with. A feature checks its own keys against the dictionary instead.',
      from: { path: DICTIONARIES },
      to: { pathNot: [DICTIONARIES, DICTIONARY_HELPERS] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(node_modules|dist|data)/' },
    // Type-only imports count: a circle through types is still a circle for the reader.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.js', '.mjs'],
    },
  },
};
