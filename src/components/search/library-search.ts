/**
 * The search box's behaviour: the ARIA 1.2 combobox pattern (editable input with a list popup,
 * `aria-activedescendant` focus) over the query function in src/lib/search/engine.ts.
 * Vanilla rather than a React island: it must run on pages without React (budget 50 KB gz), and
 * before focus it costs only this file; Fuse.js and the index arrive on first focus.
 */
import { localePath, type Lang } from '../../lib/i18n/lang';
import type { Hit, Searcher, SearchResult } from '../../lib/search/engine';
import { countText } from '../../lib/i18n/format';

interface ClientStrings {
  loading: string;
  loadFailed: string;
  noResults: string;
  resultsOne: string;
  resultsMany: string;
  groups: Record<string, string>;
}

/** Waits this long after the last keystroke before announcing the count, so it is read once. */
const ANNOUNCE_DELAY_MS = 500;

class LibrarySearch extends HTMLElement {
  private input!: HTMLInputElement;
  private listbox!: HTMLElement;
  private status!: HTMLElement;
  private strings!: ClientStrings;
  private siteLang!: Lang;
  private searcher: Promise<Searcher> | undefined;
  private searcherReady = false;
  private hits: Hit[] = [];
  private active = -1;
  private announceTimer: ReturnType<typeof setTimeout> | undefined;

  connectedCallback() {
    const input = this.querySelector<HTMLInputElement>('input[name="q"]');
    const listbox = this.querySelector<HTMLElement>('[role="listbox"]');
    const status = this.querySelector<HTMLElement>('[role="status"]');
    if (!input || !listbox || !status || this.input) return;
    this.input = input;
    this.listbox = listbox;
    this.status = status;
    this.siteLang = (this.dataset.lang ?? 'nb') as Lang;
    this.strings = JSON.parse(this.dataset.strings ?? '{}') as ClientStrings;

    // The keyboard instructions are true only now that the script runs.
    const hint = input.getAttribute('aria-describedby');
    if (hint) document.getElementById(hint)?.removeAttribute('hidden');
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-expanded', 'false');
    input.setAttribute('aria-controls', listbox.id);

    // While the box is in use the browser's own suggestions would cover the list; when the page is
    // left the browser must see no "off", or it won't keep the typed query for the way back.
    input.addEventListener('focus', () => input.setAttribute('autocomplete', 'off'));
    const keepable = () => input.removeAttribute('autocomplete');
    input.addEventListener('blur', keepable);
    input.form?.addEventListener('submit', keepable);
    addEventListener('pagehide', keepable);
    input.addEventListener('focus', () => {
      void this.load().catch(() => undefined);
      if (this.hits.length > 0) this.setExpanded(true);
    });
    input.addEventListener('input', () => void this.update());
    input.addEventListener('keydown', (event) => this.onKeyDown(event));
    input.addEventListener('blur', () => this.close());
    // Keep focus in the box while an option is clicked.
    listbox.addEventListener('mousedown', (event) => event.preventDefault());
    listbox.addEventListener('click', (event) => {
      const option = (event.target as Element).closest<HTMLElement>('[role="option"]');
      if (option) this.choose(Number(option.dataset.index));
    });

    if (this.dataset.readQuery !== undefined) {
      const query = new URLSearchParams(location.search).get('q');
      if (query) {
        input.value = query;
        input.focus();
        void this.update();
      }
    }
  }

  /** On the search page the address keeps the query, so a reload, a shared link or the language switch keeps it too. */
  private rememberQuery(query: string) {
    const url = new URL(location.href);
    if (query.trim()) url.searchParams.set('q', query);
    else url.searchParams.delete('q');
    if (url.href !== location.href) history.replaceState(history.state, '', url);
  }

  private load(): Promise<Searcher> {
    this.searcher ??= Promise.all([
      import('../../lib/search/engine'),
      fetch(this.dataset.indexUrl ?? '').then((response) => {
        if (!response.ok) throw new Error(`search index: HTTP ${response.status}`);
        return response.json();
      }),
    ]).then(([engine, index]) => engine.createSearcher(index, this.siteLang));
    this.searcher.catch(() => {
      this.searcher = undefined;
      this.setStatus(this.strings.loadFailed, true);
    });
    return this.searcher;
  }

  private async update() {
    const query = this.input.value;
    if (this.dataset.readQuery !== undefined) this.rememberQuery(query);
    if (query.trim().length < 2) {
      this.render({ groups: [], total: 0 });
      this.setStatus('', false);
      return;
    }
    let searcher: Searcher;
    try {
      if (!this.searcherReady) this.setStatus(this.strings.loading, false);
      searcher = await this.load();
      this.searcherReady = true;
    } catch {
      return;
    }
    // A later keystroke may have changed the box while the index loaded.
    if (this.input.value !== query) return;
    const result = searcher.search(query);
    this.render(result);
    const count =
      result.total === 0 ? this.strings.noResults : countText(result.total, this.siteLang, { one: this.strings.resultsOne, other: this.strings.resultsMany });
    this.setStatus(count, true);
  }

  private render(result: SearchResult) {
    this.hits = result.groups.flatMap((g) => g.hits);
    this.active = -1;
    this.input.removeAttribute('aria-activedescendant');
    const id = this.listbox.id;
    const fragment = document.createDocumentFragment();
    let index = 0;
    result.groups.forEach((group, g) => {
      const element = document.createElement('div');
      element.setAttribute('role', 'group');
      element.setAttribute('aria-labelledby', `${id}-g${g}`);
      const label = document.createElement('div');
      label.id = `${id}-g${g}`;
      label.setAttribute('role', 'presentation');
      label.className = 'library-search__group-label';
      label.textContent = this.strings.groups[group.kind] ?? group.kind;
      element.append(label);
      for (const hit of group.hits) {
        const option = document.createElement('div');
        option.id = `${id}-o${index}`;
        option.setAttribute('role', 'option');
        option.setAttribute('aria-selected', 'false');
        option.className = 'library-search__option';
        option.dataset.index = String(index);
        const name = document.createElement('span');
        name.textContent = hit.label;
        option.append(name);
        if (hit.detail) {
          const detail = document.createElement('span');
          detail.className = 'library-search__option-detail';
          detail.textContent = hit.detail;
          option.append(' ', detail);
        }
        element.append(option);
        index++;
      }
      fragment.append(element);
    });
    this.listbox.replaceChildren(fragment);
    this.setExpanded(this.hits.length > 0 && document.activeElement === this.input);
  }

  private onKeyDown(event: KeyboardEvent) {
    const open = this.input.getAttribute('aria-expanded') === 'true';
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        if (this.hits.length === 0) return;
        event.preventDefault();
        if (!open) this.setExpanded(true);
        if (event.altKey) return;
        const step = event.key === 'ArrowDown' ? 1 : -1;
        const from = this.active === -1 ? (step === 1 ? -1 : this.hits.length) : this.active;
        this.activate((from + step + this.hits.length) % this.hits.length);
        break;
      }
      case 'Enter':
        // With an option active, open it; otherwise the form goes to the search page.
        if (open && this.active >= 0) {
          event.preventDefault();
          this.choose(this.active);
        }
        break;
      case 'Escape':
        event.preventDefault();
        if (open) this.close();
        else {
          this.input.value = '';
          void this.update();
        }
        break;
      case 'Tab':
        this.close();
        break;
    }
  }

  private activate(index: number) {
    this.listbox.querySelector('[aria-selected="true"]')?.setAttribute('aria-selected', 'false');
    this.active = index;
    const option = this.listbox.querySelector<HTMLElement>(`[data-index="${index}"]`);
    if (!option) return;
    option.setAttribute('aria-selected', 'true');
    this.input.setAttribute('aria-activedescendant', option.id);
    option.scrollIntoView({ block: 'nearest' });
  }

  private choose(index: number) {
    const hit = this.hits[index];
    if (!hit) return;
    this.input.removeAttribute('autocomplete');
    location.assign(localePath(this.siteLang, hit.path));
  }

  private close() {
    this.setExpanded(false);
    this.listbox.querySelector('[aria-selected="true"]')?.setAttribute('aria-selected', 'false');
    this.active = -1;
    this.input.removeAttribute('aria-activedescendant');
  }

  private setExpanded(expanded: boolean) {
    this.input.setAttribute('aria-expanded', String(expanded));
    this.listbox.hidden = !expanded;
  }

  private setStatus(text: string, delayed: boolean) {
    clearTimeout(this.announceTimer);
    if (!delayed) this.status.textContent = text;
    else this.announceTimer = setTimeout(() => (this.status.textContent = text), ANNOUNCE_DELAY_MS);
  }
}

export function defineLibrarySearch() {
  if (!customElements.get('library-search')) customElements.define('library-search', LibrarySearch);
}
