/**
 * The comparison as a React island (Designsystemet's components). The chosen libraries live in the
 * address (`?b=slug&b=slug`), so a comparison can be shared and the back button works; the picker
 * finds libraries through the one matcher (compareSuggestions -> placeMatches). The services per
 * library come from /data/compare.json, fetched once the island runs, so the page stays small.
 * Names are always text, never markup. The server renders the picker disabled: without
 * JavaScript the page says why (ComparePage's noscript) instead of pretending to work.
 */
import { EXPERIMENTAL_Suggestion as Suggestion, Field, Label, Paragraph, Table } from '@digdir/designsystemet-react';
import { useEffect, useMemo, useState } from 'react';
import { watchTableScroll } from '../table-scroll-watch';
import { chosenSlugs, compareHref, compareRows, compareSuggestions, MAX_COMPARED, resolveChosen } from '../../lib/figures/compare';
import type { CompareData, CompareLibrary } from '../../lib/figures/compare-data';
import { fillTemplate } from '../../lib/html/fill-template';
import { countText } from '../../lib/i18n/format';
import { entityUrl } from '../../lib/site/urls';

export interface CompareLabels {
  pick: string;
  pickHint: string;
  noMatch: string;
  full: string;
  empty: string;
  /** `{name} is chosen. Choose one more …`: one library (or the same twice) has nothing to compare with. */
  one: string;
  loading: string;
  failed: string;
  differs: string;
  same: string;
  caption: string;
  service: string;
  /** `{n} tjenester er ulike.` and its singular form, by the language's plural rules. */
  count: { one: string; other: string };
  /** `… «{slug}».` */
  unknown: string;
  yes: string;
  no: string;
  /** The figure "paid services" (figures/vocabulary.ts): the name of the row that counts them, and where it is defined. */
  paidServices: string;
  paidServicesHref: string;
  /** `{kind}, {county}` */
  kinds: Record<string, string>;
}

interface Props {
  lang: 'nb' | 'nn' | 'en';
  labels: CompareLabels;
}

type Loaded = { state: 'loading' } | { state: 'failed' } | { state: 'ready'; data: CompareData };

let cache: Promise<CompareData> | undefined;
const load = () =>
  (cache ??= fetch('/data/compare.json').then((r) => {
    if (!r.ok) throw new Error(`compare.json: ${r.status}`);
    return r.json() as Promise<CompareData>;
  }));

export default function CompareTool({ lang, labels }: Props) {
  const [ready, setReady] = useState(false);
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });
  const [wanted, setWanted] = useState<string[]>([]);
  const [query, setQuery] = useState('');

  useEffect(() => {
    setReady(true);
    const fromAddress = () => setWanted(chosenSlugs(location.search));
    fromAddress();
    addEventListener('popstate', fromAddress);
    load().then(
      (data) => setLoaded({ state: 'ready', data }),
      () => setLoaded({ state: 'failed' }),
    );
    return () => removeEventListener('popstate', fromAddress);
  }, []);

  const data = loaded.state === 'ready' ? loaded.data : undefined;
  const { chosen, missing } = useMemo(() => (data ? resolveChosen(wanted, data.libraries) : { chosen: [], missing: [] }), [data, wanted]);
  const options = useMemo(
    () =>
      data
        ? compareSuggestions(
            query,
            data.libraries,
            chosen.map((l) => l[0]),
          )
        : [],
    [data, query, chosen],
  );
  const full = chosen.length >= MAX_COMPARED;

  /** A new choice goes into the address (a history entry of its own) and is drawn from there. */
  const choose = (slugs: string[]) => {
    const next = slugs.slice(0, MAX_COMPARED);
    history.pushState(
      null,
      '',
      compareHref(
        location.pathname,
        next.map((slug) => ({ slug })),
      ),
    );
    setWanted(next);
    setQuery('');
    // The field is the combobox's own: a pick by mouse empties it, a pick with Enter left the typed
    // text behind (and the list filtered by it). Emptied after the combobox has written its value.
    const input = document.getElementById('compare-pick') as HTMLInputElement | null;
    if (input) requestAnimationFrame(() => (input.value = ''));
  };

  const describe = (l: CompareLibrary) => `${l[1]} (${[labels.kinds[l[2]], l[3]].filter(Boolean).join(', ')})`;

  return (
    // Settled: what the address asks for is drawn (or why it can't be); ComparePage keeps a shared
    // link's tool hidden until then.
    <div className="compare-tool" data-settled={ready && loaded.state !== 'loading' ? '' : undefined}>
      <form className="compare-form" id="compare-form" onSubmit={(e) => e.preventDefault()}>
        <Field>
          {/* Explicit ids: Designsystemet's field joins label, hint and input in the browser, and the
              server-rendered (not yet hydrated) picker must be labelled too. */}
          <Label htmlFor="compare-pick">{labels.pick}</Label>
          <Field.Description id="compare-pick-hint">{full ? labels.full : labels.pickHint}</Field.Description>
          <Suggestion
            multiple
            filter={false}
            selected={chosen.map((l) => ({ label: l[1], value: l[0] }))}
            onSelectedChange={(items) => choose(items.map((i) => i.value))}
          >
            <Suggestion.Input
              id="compare-pick"
              // compare-pick-count is ComparePage's, outside the island (move-description.ts).
              aria-describedby="compare-pick-hint compare-pick-count"
              disabled={!ready || !data || full}
              onInput={(e) => setQuery(e.currentTarget.value)}
            />
            <Suggestion.List>
              {query.trim() !== '' && options.length === 0 && <Suggestion.Empty>{labels.noMatch}</Suggestion.Empty>}
              {options.map((l) => (
                <Suggestion.Option key={l[0]} value={l[0]} label={l[1]}>
                  {describe(l)}
                </Suggestion.Option>
              ))}
            </Suggestion.List>
          </Suggestion>
        </Field>
      </form>
      <div id="compare-result" aria-live="polite">
        {missing.map((m) => (
          <p key={m} role="alert" className="compare-unknown">
            {fillTemplate(labels.unknown, { slug: m })}
          </p>
        ))}
        {ready && loaded.state === 'failed' && <p role="alert">{labels.failed}</p>}
        {ready && loaded.state === 'loading' && wanted.length > 0 && <Paragraph>{labels.loading}</Paragraph>}
        {/* In the server's HTML already, its place kept while the script loads (data-keep-space), so
            the page below does not move when it shows. */}
        {chosen.length === 0 && missing.length === 0 && loaded.state !== 'failed' && !(ready && wanted.length > 0 && !data) && (
          <Paragraph data-testid="compare-empty" data-keep-space="" hidden={!(ready && data)}>
            {labels.empty}
          </Paragraph>
        )}
        {data && chosen.length === 1 && <Paragraph data-testid="compare-one">{fillTemplate(labels.one, { name: chosen[0]![1] })}</Paragraph>}
        {data && chosen.length > 1 && <Comparison lang={lang} labels={labels} data={data} chosen={chosen} />}
      </div>
    </div>
  );
}

function Comparison({ lang, labels, data, chosen }: { lang: Props['lang']; labels: CompareLabels; data: CompareData; chosen: CompareLibrary[] }) {
  const rows = compareRows(chosen.map((l) => new Set(l[4].map((i) => data.services[i]![0]))));
  const serviceById = new Map(data.services.map((s) => [s[0], s]));
  const differing = rows.filter((r) => r.differs).length;
  return (
    <>
      <h2 id="compare-heading">{chosen.map((l) => l[1]).join(' – ')}</h2>
      <p data-testid="compare-differs">{countText(differing, lang, labels.count)}</p>
      {/* A wrapper of its own: the wide-table cue goes in beside the box and leaves with it. */}
      <div>
        <div
          className="table-scroll"
          ref={(box) => {
            if (box) watchTableScroll(box);
          }}
        >
          <Table className="compare" data-testid="compare-table" zebra>
            <caption>{labels.caption}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell scope="col">{labels.service}</Table.HeaderCell>
                {chosen.map((l) => (
                  <Table.HeaderCell key={l[0]} scope="col">
                    <a href={entityUrl(lang, 'library', l[0])}>{l[1]}</a>
                  </Table.HeaderCell>
                ))}
                <Table.HeaderCell scope="col">{labels.differs}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {rows.map((row) => {
                const s = serviceById.get(row.serviceId)!;
                return (
                  <Table.Row key={row.serviceId} className={row.differs ? 'differs' : undefined}>
                    <Table.HeaderCell scope="row">
                      <a href={entityUrl(lang, 'service', s[2])}>{s[1]}</a>
                    </Table.HeaderCell>
                    {row.has.map((has, i) => (
                      <Table.Cell key={chosen[i]![0]} className={has ? 'has' : undefined}>
                        {has ? labels.yes : labels.no}
                      </Table.Cell>
                    ))}
                    <Table.Cell>{row.differs ? labels.differs : labels.same}</Table.Cell>
                  </Table.Row>
                );
              })}
            </Table.Body>
            <tfoot>
              <Table.Row>
                <Table.HeaderCell scope="row">
                  <a href={labels.paidServicesHref}>{labels.paidServices}</a>
                </Table.HeaderCell>
                {chosen.map((l) => {
                  const paid = l[4].filter((i) => data.services[i]?.[3] === 1).length;
                  return (
                    <Table.Cell key={l[0]} data-figure="paid-services" data-value={paid}>
                      {paid}
                    </Table.Cell>
                  );
                })}
                <Table.Cell />
              </Table.Row>
            </tfoot>
          </Table>
        </div>
      </div>
    </>
  );
}
