/**
 * The switch to MapLibre: on pointer down or wheel over the map, or the "Utforsk kartet" button,
 * `mount` loads and draws the interactive map (maplibre-view.ts, fetched only then).
 */
import type { Lang } from '../../lib/i18n/lang';
import { MAP_STRINGS } from '../../lib/geo/map-strings';
import type { GlMap } from './types';

export interface ExploreOptions {
  lang: Lang;
  mount: (frame: HTMLElement) => Promise<GlMap>;
  onMounted: (gl: GlMap) => void;
  announce: (text: string) => void;
}

export function setUpExplore(section: HTMLElement, options: ExploreOptions): void {
  const t = MAP_STRINGS[options.lang];
  const frame = section.querySelector<HTMLElement>('[data-map-frame]')!;
  const button = frame.querySelector<HTMLButtonElement>('.map-explore')!;
  button.hidden = false;
  // The keyboard's way in is the button (a real control, Enter or Space), not a focusable frame:
  // a tabbable element needs a widget role, and the frame's group role is none (WCAG 4.1.2).
  button.setAttribute('aria-describedby', 'map-explore-hint');
  const hint = Object.assign(document.createElement('p'), { id: 'map-explore-hint', className: 'visually-hidden', textContent: t.exploreHint });
  frame.append(hint);
  let state: 'idle' | 'loading' | 'mounted' = 'idle';

  const explore = async () => {
    state = 'loading';
    performance.mark('map-interaction');
    // Read before disabling: a disabled button loses focus.
    const hadFocus = document.activeElement === button;
    button.disabled = true;
    button.textContent = t.loading;
    try {
      options.onMounted(await options.mount(frame));
      state = 'mounted';
      button.hidden = true;
      // Keyboard focus goes on to the map it started (MapLibre's canvas: arrows pan, + and - zoom)
      // instead of being lost with the hidden button.
      if (hadFocus) frame.querySelector<HTMLElement>('canvas')?.focus();
    } catch (error) {
      console.error(error);
      state = 'idle';
      button.textContent = t.explore;
      button.disabled = false;
      if (hadFocus) button.focus();
      options.announce(t.loadFailed);
    }
  };
  const start = () => {
    if (state === 'idle') void explore();
  };
  frame.addEventListener('pointerdown', start, { passive: true });
  // Passive: a wheel over the map never stops the page from scrolling.
  frame.addEventListener('wheel', start, { passive: true });
  button.addEventListener('click', start);
}
