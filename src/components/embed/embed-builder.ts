/** The embed builder's form: keeps the snippet, link and live preview in step with the choices. */
import { builderSnippet, builderUrls, defaultHeight, type BuilderChoice } from '../../lib/embed/builder';
import { escapeMarkup } from '../../lib/escape';

interface Config {
  services: Record<string, { id: string; name: string }>;
  counties: Record<string, { slug: string; name: string }>;
  titles: { breadth: string };
  copied: string;
  /** "Kart:" before a picture's title. */
  alt: string;
}

/** A form value only if it is one of the choices, else the default. */
const oneOf = <T extends string>(value: FormDataEntryValue | null, choices: readonly T[], fallback: T): T =>
  choices.includes(value as T) ? (value as T) : fallback;

export function startBuilder(): void {
  const form = document.querySelector<HTMLFormElement>('form[data-builder]');
  if (!form) return;
  const config = JSON.parse(form.dataset.builder!) as Config;
  const snippet = form.querySelector<HTMLTextAreaElement>('#embed-snippet')!;
  const link = form.querySelector<HTMLAnchorElement>('[data-link]')!;
  const preview = form.querySelector<HTMLElement>('[data-preview]')!;
  const copied = form.querySelector<HTMLElement>('[data-copied]')!;
  form.hidden = false;
  const resize = form.querySelector('[data-resize]');
  if (resize) resize.textContent = `<script src="${location.origin}/embed/resize.js" async></script>`;
  let shown = '';

  const update = () => {
    const data = new FormData(form);
    const services = (data.getAll('services') as string[]).filter((s) => Object.hasOwn(config.services, s));
    const countyNumber = String(data.get('county') ?? '');
    const county = Object.hasOwn(config.counties, countyNumber) ? { n: countyNumber, slug: config.counties[countyNumber]!.slug } : null;
    const choice: BuilderChoice = {
      services,
      serviceIds: Object.fromEntries(services.map((s) => [s, config.services[s]!.id])),
      county,
      kind: oneOf(data.get('kind'), ['all', 'public', 'school'] as const, 'all'),
      year: data.get('year') ? Number(data.get('year')) : null,
      lang: oneOf(data.get('lang'), ['nb', 'nn', 'en'] as const, 'nb'),
      theme: oneOf(data.get('theme'), ['auto', 'light', 'dark'] as const, 'auto'),
    };
    const width = Math.min(1400, Math.max(280, Number(data.get('width')) || 640));
    const height = defaultHeight(width);
    const urls = builderUrls(choice);
    const titles = services.length ? services.map((s) => config.services[s]!.name) : [config.titles.breadth];
    const frames = urls.map((_, i) => builderSnippet(choice, i, location.origin, titles[i]!, `${config.alt} ${titles[i]!}`, width));
    snippet.value = frames.join('\n');
    link.href = urls[0]!;
    link.textContent = location.origin + urls[0]!;
    const key = `${urls.join(' ')}|${width}`;
    if (key === shown) return;
    shown = key;
    // No style attribute: the page's CSP allows no inline styles (the stylesheet limits the width).
    preview.innerHTML = urls
      .map((u, i) => `<iframe src="${escapeMarkup(u)}" title="${escapeMarkup(titles[i]!)}" width="${width}" height="${height}" data-hhh-embed></iframe>`)
      .join('');
  };
  form.addEventListener('change', update);
  form.addEventListener('input', update);
  form.querySelector('[data-copy]')!.addEventListener('click', async () => {
    snippet.select();
    try {
      await navigator.clipboard.writeText(snippet.value);
    } catch {
      document.execCommand('copy');
    }
    copied.textContent = config.copied;
  });
  // The preview resizes itself like a host page with the resize script would.
  addEventListener('message', (e) => {
    if (e.origin !== location.origin || e.data?.type !== 'hhh-embed:height') return;
    for (const f of preview.querySelectorAll('iframe')) if (f.contentWindow === e.source) f.style.height = `${Math.ceil(e.data.height)}px`;
  });
  update();
}
