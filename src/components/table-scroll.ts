/**
 * Wide tables on narrow screens: every `.table-scroll` box that is narrower than its table gets a
 * visible cue before it (the text in Layout's `#table-hint` template), a keyboard stop so it can be
 * scrolled with the arrow keys, and `data-overflow` for the sticky first column's edge. Re-checked
 * when the box's size changes (rotation, zoom), so the cue is there exactly when columns are hidden.
 */
const template = document.querySelector<HTMLTemplateElement>('#table-hint');
const boxes = document.querySelectorAll<HTMLElement>('.table-scroll');

function update(box: HTMLElement): void {
  const overflows = box.scrollWidth > box.clientWidth + 1;
  const hint = box.previousElementSibling?.classList.contains('table-hint') ? (box.previousElementSibling as HTMLElement) : null;
  // A box the page already made a named, focusable region keeps what it has.
  const own = box.dataset.ownRegion !== undefined;
  if (overflows) {
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

if (template && boxes.length > 0) {
  const observer = new ResizeObserver((entries) => {
    for (const entry of entries) update(entry.target.closest<HTMLElement>('.table-scroll')!);
  });
  for (const box of boxes) {
    if (box.hasAttribute('tabindex')) box.dataset.ownRegion = '';
    update(box);
    observer.observe(box);
    // A table that grows (rows shown by a filter) without the box resizing.
    for (const table of box.querySelectorAll('table')) observer.observe(table);
  }
  // A folded part of a box (the map's library list) opened or closed: its width may have changed.
  document.addEventListener(
    'toggle',
    (event) => {
      const box = (event.target as Element).closest<HTMLElement>('.table-scroll');
      if (box) update(box);
    },
    true,
  );
}
