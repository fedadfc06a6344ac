/**
 * Wide tables on narrow screens: a `.table-scroll` box that is narrower than its table gets a
 * visible cue before it (the text in Layout's `#table-hint` template), a keyboard stop so it can be
 * scrolled with the arrow keys, and `data-overflow` for the sticky first column's edge. Re-checked
 * when the box's size changes (rotation, zoom), so the cue is there exactly when columns are hidden.
 * No side effects on import: `table-scroll.ts` watches the boxes of the server's HTML, an island
 * calls `watchTableScroll` for a box it draws (put the box in a wrapper of its own: the cue is
 * inserted beside it and must leave with it).
 */

function overflows(box: HTMLElement): boolean {
  return box.scrollWidth > box.clientWidth + 1;
}

/** Gives the box its cue, keyboard stop and name, or takes them away. Writes only: no layout read. */
function mark(box: HTMLElement, wide: boolean, template: HTMLTemplateElement | null): void {
  const hint = box.previousElementSibling?.classList.contains('table-hint') ? (box.previousElementSibling as HTMLElement) : null;
  // A box the page already made a named, focusable region keeps what it has.
  const own = box.dataset.ownRegion !== undefined;
  if (wide) {
    box.dataset.overflow = '';
    if (!own) {
      box.tabIndex = 0;
      box.setAttribute('role', 'region');
      const caption = box.querySelector('caption')?.textContent?.trim();
      if (caption) box.setAttribute('aria-label', caption);
    }
    if (!hint && template) box.before(template.content.cloneNode(true));
    else if (hint) hint.hidden = false;
  } else {
    delete box.dataset.overflow;
    if (!own) {
      box.removeAttribute('tabindex');
      box.removeAttribute('role');
      box.removeAttribute('aria-label');
    }
    if (hint) hint.hidden = true;
  }
}

/**
 * Tables of one kind in a row (a library's offer, one table per category) sit in a
 * `[data-table-group]`: the cue shows once, before the first wide table, not before each.
 */
function showOncePerGroup(group: Element): void {
  const boxes = [...group.querySelectorAll<HTMLElement>('.table-scroll')];
  const first = boxes.find((box) => box.dataset.overflow !== undefined);
  for (const box of boxes) {
    const hint = box.previousElementSibling?.classList.contains('table-hint') ? (box.previousElementSibling as HTMLElement) : null;
    if (hint) hint.hidden = box !== first;
  }
}

/** Measures every box first, then marks them: one layout for all, not one per box. */
export function updateTableScroll(list: Iterable<HTMLElement>): void {
  const measured = [...new Set(list)].map((box) => [box, overflows(box)] as const);
  const template = document.querySelector<HTMLTemplateElement>('#table-hint');
  for (const [box, wide] of measured) mark(box, wide, template);
  const groups = new Set(measured.map(([box]) => box.closest('[data-table-group]')).filter((g) => g !== null));
  for (const group of groups) showOncePerGroup(group);
}

// The observer reports every box once when it starts (after the first layout), then on changes.
let observer: ResizeObserver | undefined;

/** Watches a box (once): marked now and whenever it or its table changes size. */
export function watchTableScroll(box: HTMLElement): void {
  if (box.dataset.scrollWatched !== undefined) return;
  box.dataset.scrollWatched = '';
  observer ??= new ResizeObserver((entries) => updateTableScroll(entries.map((entry) => entry.target.closest<HTMLElement>('.table-scroll')!)));
  if (box.hasAttribute('tabindex')) box.dataset.ownRegion = '';
  observer.observe(box);
  // A table that grows (rows shown by a filter) without the box resizing.
  for (const table of box.querySelectorAll('table')) observer.observe(table);
}
