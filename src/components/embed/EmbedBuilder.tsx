/**
 * The embed builder as a React island (Designsystemet's components): choices in, the snippet, the
 * link and a live preview out. The server renders it with the default choice, so the page without
 * JavaScript shows a working snippet (Norway, breadth; the page says the choices need JavaScript);
 * the controls are disabled until the island has hydrated, so nothing on the page pretends to work.
 */
import { Button, Field, Fieldset, Label, Select, Textarea, Textfield } from '@digdir/designsystemet-react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { builderView, type BuilderChoice, type BuilderNames } from '../../lib/embed/builder';

export interface BuilderLabels {
  legend: string;
  what: string;
  whatHint: string;
  region: string;
  norway: string;
  kind: string;
  kinds: Record<BuilderChoice['kind'], string>;
  year: string;
  language: string;
  theme: string;
  themes: Record<BuilderChoice['theme'], string>;
  width: string;
  snippet: string;
  copy: string;
  copied: string;
  link: string;
  preview: string;
  resizeHint: string;
}

export interface BuilderProps {
  lang: BuilderChoice['lang'];
  /** The site's origin as the build knows it; the browser's own replaces it once hydrated. */
  origin: string;
  services: { slug: string; id: string; name: string }[];
  counties: { number: string; slug: string; name: string }[];
  /** Newest first; the first is the dataset's current year. */
  years: number[];
  names: BuilderNames;
  labels: BuilderLabels;
}

const LANGUAGE_NAMES = { nb: 'Bokmål', nn: 'Nynorsk', en: 'English' } as const;
const KINDS = ['all', 'public', 'school'] as const;
const THEMES = ['auto', 'light', 'dark'] as const;

/** A select's value only if it is one of the choices, else the default. */
const oneOf = <T extends string>(value: string, choices: readonly T[], fallback: T): T => (choices.includes(value as T) ? (value as T) : fallback);

export default function EmbedBuilder({ lang, origin: buildOrigin, services, counties, years, names, labels }: BuilderProps) {
  const [ready, setReady] = useState(false);
  const [origin, setOrigin] = useState(buildOrigin);
  const [chosen, setChosen] = useState<string[]>([]);
  const [countyNumber, setCountyNumber] = useState('');
  const [kind, setKind] = useState<BuilderChoice['kind']>('all');
  const [year, setYear] = useState('');
  const [language, setLanguage] = useState<BuilderChoice['lang']>(lang);
  const [theme, setTheme] = useState<BuilderChoice['theme']>('auto');
  const [widthText, setWidthText] = useState('640');
  /** The snippet last copied: "copied" shows until the choice changes it. */
  const [copied, setCopied] = useState('');

  // The preview frames a whole widget (its map, its table): loaded only once the preview is in
  // view, so the page's first seconds go to the builder itself (Lighthouse counted 1-2 s of
  // blocking time for a frame nobody had scrolled to).
  const previewRef = useRef<HTMLDivElement>(null);
  const [previewSeen, setPreviewSeen] = useState(false);

  useEffect(() => {
    setReady(true);
    setOrigin(location.origin);
    const target = previewRef.current;
    if (!target) return;
    const observer = new IntersectionObserver((entries) => {
      if (!entries.some((e) => e.isIntersecting)) return;
      setPreviewSeen(true);
      observer.disconnect();
    });
    observer.observe(target);
    return () => observer.disconnect();
  }, []);

  const width = Math.min(1400, Math.max(280, Number(widthText) || 640));
  const view = useMemo(() => {
    const county = counties.find((c) => c.number === countyNumber);
    const choice: BuilderChoice = {
      services: chosen,
      serviceIds: Object.fromEntries(services.filter((s) => chosen.includes(s.slug)).map((s) => [s.slug, s.id])),
      county: county ? { n: county.number, slug: county.slug } : null,
      kind,
      year: year ? Number(year) : null,
      lang: language,
      theme,
    };
    return builderView(choice, names, origin, width);
  }, [chosen, countyNumber, kind, year, language, theme, width, origin, counties, services, names]);

  // The preview resizes itself as a host page with the resize script would.
  useEffect(() => {
    const onMessage = (e: MessageEvent) => {
      if (e.origin !== location.origin || e.data?.type !== 'hhh-embed:height') return;
      for (const frame of document.querySelectorAll<HTMLIFrameElement>('[data-preview] iframe'))
        if (frame.contentWindow === e.source) frame.style.height = `${Math.ceil(e.data.height)}px`;
    };
    addEventListener('message', onMessage);
    return () => removeEventListener('message', onMessage);
  }, []);

  const copy = async (event: React.MouseEvent<HTMLButtonElement>) => {
    const area = event.currentTarget.form?.querySelector('textarea');
    area?.select();
    try {
      await navigator.clipboard.writeText(view.snippet);
    } catch {
      document.execCommand('copy');
    }
    setCopied(view.snippet);
  };

  const toggle = (slug: string, on: boolean) =>
    setChosen((now) => (on ? services.map((s) => s.slug).filter((s) => s === slug || now.includes(s)) : now.filter((s) => s !== slug)));

  return (
    <form className="embed-builder" data-ready={ready || undefined} onSubmit={(e) => e.preventDefault()}>
      <div className="embed-builder-grid">
        <Fieldset className="embed-builder-services" disabled={!ready}>
          <Fieldset.Legend>{labels.what}</Fieldset.Legend>
          <Fieldset.Description>{labels.whatHint}</Fieldset.Description>
          <div className="embed-builder-checks">
            {services.map((s) => (
              <ServiceCheckbox key={s.slug} slug={s.slug} name={s.name} checked={chosen.includes(s.slug)} onChange={(on) => toggle(s.slug, on)} />
            ))}
          </div>
        </Fieldset>
        <Fieldset className="embed-builder-options" disabled={!ready}>
          <Fieldset.Legend>{labels.legend}</Fieldset.Legend>
          <Field>
            <Label htmlFor="embed-county">{labels.region}</Label>
            <Select id="embed-county" name="county" value={countyNumber} onChange={(e) => setCountyNumber(e.currentTarget.value)}>
              <Select.Option value="">{labels.norway}</Select.Option>
              {counties.map((c) => (
                <Select.Option key={c.number} value={c.number}>
                  {c.name}
                </Select.Option>
              ))}
            </Select>
          </Field>
          <Field>
            <Label htmlFor="embed-kind">{labels.kind}</Label>
            <Select id="embed-kind" name="kind" value={kind} onChange={(e) => setKind(oneOf(e.currentTarget.value, KINDS, 'all'))}>
              {KINDS.map((k) => (
                <Select.Option key={k} value={k}>
                  {labels.kinds[k]}
                </Select.Option>
              ))}
            </Select>
          </Field>
          <Field>
            <Label htmlFor="embed-year">{labels.year}</Label>
            <Select id="embed-year" name="year" value={year} onChange={(e) => setYear(e.currentTarget.value)}>
              {years.map((y, i) => (
                <Select.Option key={y} value={i === 0 ? '' : String(y)}>
                  {y}
                </Select.Option>
              ))}
            </Select>
          </Field>
          <Field>
            <Label htmlFor="embed-lang">{labels.language}</Label>
            <Select id="embed-lang" name="lang" value={language} onChange={(e) => setLanguage(oneOf(e.currentTarget.value, ['nb', 'nn', 'en'] as const, lang))}>
              {(['nb', 'nn', 'en'] as const).map((l) => (
                <Select.Option key={l} value={l} lang={l}>
                  {LANGUAGE_NAMES[l]}
                </Select.Option>
              ))}
            </Select>
          </Field>
          <Field>
            <Label htmlFor="embed-theme">{labels.theme}</Label>
            <Select id="embed-theme" name="theme" value={theme} onChange={(e) => setTheme(oneOf(e.currentTarget.value, THEMES, 'auto'))}>
              {THEMES.map((th) => (
                <Select.Option key={th} value={th}>
                  {labels.themes[th]}
                </Select.Option>
              ))}
            </Select>
          </Field>
          <Textfield
            label={labels.width}
            title={labels.width}
            name="width"
            type="number"
            min={280}
            max={1400}
            step={10}
            value={widthText}
            onChange={(e) => setWidthText(e.currentTarget.value)}
          />
        </Fieldset>
      </div>
      <h2>{labels.snippet}</h2>
      <Field>
        <Label className="visually-hidden" htmlFor="embed-snippet">
          {labels.snippet}
        </Label>
        <Textarea id="embed-snippet" className="embed-snippet" rows={6} readOnly value={view.snippet} />
      </Field>
      <p className="embed-builder-copy">
        <Button type="button" variant="primary" onClick={copy} disabled={!ready} data-copy>
          {labels.copy}
        </Button>
        <span role="status">{copied === view.snippet ? labels.copied : ''}</span>
      </p>
      <p>
        {labels.link}:{' '}
        <a data-link href={view.frames[0]!.src}>
          {view.frames[0]!.src}
        </a>
      </p>
      <p>{labels.resizeHint}</p>
      <h2>{labels.preview}</h2>
      <div className="embed-preview" data-preview ref={previewRef}>
        {/* Only once hydrated and in view: the server's HTML loads no widget before anyone asks for it. */}
        {ready &&
          previewSeen &&
          view.frames.map(({ src, html }) => (
            // biome-ignore lint/security/noDangerouslySetInnerHtml: the snippet's own iframe (iframeSnippet escapes every attribute), so the preview is the frame a host page gets.
            <div key={src} dangerouslySetInnerHTML={{ __html: html }} />
          ))}
      </div>
    </form>
  );
}

/**
 * One service to show: Designsystemet's checkbox markup and classes, without its `<ds-field>`
 * element. That element watches its subtree for changes; one per service (about 40) cost a phone
 * a quarter of a second of blocked main thread while the builder hydrated (Lighthouse's total
 * blocking time). A native `<label for>` names the input, also in the server's HTML.
 */
function ServiceCheckbox({ slug, name, checked, onChange }: { slug: string; name: string; checked: boolean; onChange: (on: boolean) => void }) {
  const id = `embed-service-${slug}`;
  return (
    <div className="ds-field" data-size="sm">
      <input className="ds-input" type="checkbox" id={id} name="services" value={slug} checked={checked} onChange={(e) => onChange(e.currentTarget.checked)} />
      <label className="ds-label" data-weight="regular" htmlFor={id}>
        {name}
      </label>
    </div>
  );
}
