/**
 * Every page's wide tables (the rule is in table-scroll-watch.ts): watches each `.table-scroll` box
 * of the server's HTML, and re-checks a box when a folded part of it (the map's library list) opens
 * or closes, or when a box laid out only near the screen (`content-visibility: auto`, the map's
 * table) is drawn: its width may have changed.
 */
import { updateTableScroll, watchTableScroll } from './table-scroll-watch';

for (const box of document.querySelectorAll<HTMLElement>('.table-scroll')) watchTableScroll(box);
for (const type of ['toggle', 'contentvisibilityautostatechange'])
  document.addEventListener(
    type,
    (event) => {
      const box = (event.target as Element).closest<HTMLElement>('.table-scroll');
      if (box) updateTableScroll([box]);
    },
    true,
  );
