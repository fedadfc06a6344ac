/**
 * The custom elements of @digdir/designsystemet-web that the React islands use. Designsystemet's
 * React components import that package whole (every element, tooltips, dialogs, floating-ui: 20 KB
 * gz); astro.config.mjs points their import here instead, which keeps an island within the
 * 100 KB budget of JavaScript before interaction (tools/island-budget.ts). Add an element here
 * when an island starts using a component that needs it.
 */
import '@digdir/designsystemet-web/ds-field';
import '@digdir/designsystemet-web/fieldset';
import '@digdir/designsystemet-web/ds-suggestion';
