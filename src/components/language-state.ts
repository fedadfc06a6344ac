/**
 * Keeps the language switch's links on the current address state (query string and hash: filters,
 * compare selection, search query), so switching language keeps what the page shows. Scripts change
 * the address with history.pushState/replaceState, which fire no event, so the links are updated on
 * the events there are (popstate, hashchange, the Navigation API where a browser has it) and, at the
 * latest, when a link is pointed at, focused or pressed: before the browser reads its href.
 */
import { withAddressState } from '../lib/site/address-state';

const links = () => document.querySelectorAll<HTMLAnchorElement>('.language-switch a[hreflang]');

function update(): void {
  for (const link of links()) {
    const href = link.getAttribute('href');
    if (href) link.setAttribute('href', withAddressState(href, location.search, location.hash));
  }
}

update();
addEventListener('popstate', update);
addEventListener('hashchange', update);
(globalThis as { navigation?: EventTarget }).navigation?.addEventListener('currententrychange', update);
for (const type of ['pointerover', 'pointerdown', 'focusin', 'click'] as const) {
  document.addEventListener(
    type,
    (event) => {
      if ((event.target as Element | null)?.closest?.('.language-switch a[hreflang]')) update();
    },
    { capture: true },
  );
}
