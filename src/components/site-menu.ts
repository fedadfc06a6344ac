/**
 * The "More" menu folds back like a menu does: Escape closes it (focus back on its button), and so
 * do a click or focus outside it. Without JavaScript it is a plain disclosure (`<details>`).
 */
const more = document.querySelector<HTMLDetailsElement>('[data-site-more]');
if (more) {
  const close = (refocus: boolean) => {
    if (!more.open) return;
    more.open = false;
    if (refocus) more.querySelector('summary')?.focus();
  };
  more.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') close(true);
  });
  document.addEventListener('click', (event) => {
    if (!more.contains(event.target as Node)) close(false);
  });
  document.addEventListener('focusin', (event) => {
    if (!more.contains(event.target as Node)) close(false);
  });
}
