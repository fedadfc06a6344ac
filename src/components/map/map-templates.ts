/**
 * Markup the build and the browser both produce is written once, in LegendItem.astro,
 * LibraryRow.astro and MapMark.astro: the map renders an empty copy of each in a
 * `<template data-map-template>`, and these functions clone and fill it.
 */
import { markSymbol, type PlacedMark } from '../../lib/geo/marks';

function clone<T extends Element>(section: HTMLElement, name: string, selector: string): T {
  const template = section.querySelector<HTMLTemplateElement>(`template[data-map-template="${name}"]`);
  const element = template?.content.querySelector<T>(selector);
  if (!element) throw new Error(`The map has no <template data-map-template="${name}">`);
  return element.cloneNode(true) as T;
}

export function legendItem(section: HTMLElement, cls: string, label: string, count: string): HTMLLIElement {
  const li = clone<HTMLLIElement>(section, 'legend-item', 'li');
  li.querySelector('rect')!.setAttribute('class', cls);
  li.dataset.cls = cls;
  li.querySelector('[data-slot="label"]')!.textContent = label;
  li.querySelector('.map-count')!.textContent = count;
  return li;
}

export interface LibraryRowText {
  id: string;
  href: string;
  name: string;
  kind: string;
  text: string;
}

export function libraryRow(section: HTMLElement, row: LibraryRowText): HTMLTableRowElement {
  const tr = clone<HTMLTableRowElement>(section, 'library-row', 'tr');
  tr.dataset.l = row.id;
  Object.assign(tr.querySelector('a')!, { href: row.href, textContent: row.name });
  tr.cells[1]!.textContent = row.kind;
  tr.cells[2]!.textContent = row.text;
  return tr;
}

/** A mark; the template wraps it in an <svg>, so the clone is an SVG element. */
export function markElement(section: HTMLElement, mark: PlacedMark): SVGUseElement {
  const use = clone<SVGUseElement>(section, 'mark', 'use');
  use.setAttribute('href', markSymbol(mark.kind));
  use.setAttribute('x', String(mark.x));
  use.setAttribute('y', String(mark.y));
  use.dataset.id = mark.id;
  use.classList.toggle('h', mark.has);
  return use;
}
