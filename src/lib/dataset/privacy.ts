/**
 * The private values an export carries (e-mail addresses, phone numbers, prices, contact names),
 * so a check can prove none of them reached the built site. Found by pattern in every cell and
 * by header for names and prices, independent of the column map, so a column the map does not
 * know about is covered too.
 */
import { looksLikeToken, safeFileName } from '../source/fetch';
import type { Table } from '../source/table';

export interface PrivateValues {
  emails: Set<string>;
  phones: Set<string>;
  prices: Set<string>;
  names: Set<string>;
}

const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
const PHONE = /(?:\+47[\s-]?)?(?<!\d)[2-9]\d(?:[\s-]?\d){6}(?!\d)/g;
const PRICE_HEADER = /pris|price|beløp|belop|amount|sum|kostnad|cost/i;
const NAME_HEADER = /kontakt|contact/i;
const NOT_NAME_HEADER = /e-?post|mail|telefon|phone|tlf|mobil/i;
/** Dates (agreement start and end) have eight digits and dashes, like a phone number; they are public. */
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+Z?)?$/;

export function privateValues(table: Table): PrivateValues {
  const result: PrivateValues = { emails: new Set(), phones: new Set(), prices: new Set(), names: new Set() };
  const priceColumns = table.headers.map((h) => PRICE_HEADER.test(h));
  const nameColumns = table.headers.map((h) => NAME_HEADER.test(h) && !NOT_NAME_HEADER.test(h));
  for (const { cells } of table.records) {
    cells.forEach((cell, i) => {
      for (const email of cell.match(EMAIL) ?? []) result.emails.add(email);
      if (priceColumns[i] && /\d/.test(cell) && !/^0+(?:[.,]0+)?$/.test(cell.trim())) result.prices.add(cell.trim());
      else if (!priceColumns[i] && !ISO_DATE.test(cell.trim()))
        for (const phone of cell.match(PHONE) ?? []) if (!/^\d{9}$/.test(cell.trim())) result.phones.add(phone.trim());
      if (nameColumns[i] && cell.trim().includes(' ')) result.names.add(cell.trim());
    });
  }
  return result;
}

/** SVG geometry is long runs of numbers that would match phone and price patterns by chance. */
const GEOMETRY_ATTRIBUTES = /\s(?:d|points|viewBox|transform|cx|cy|r|x|y|x1|x2|y1|y2|width|height)="[^"]*"/g;
const PHONE_TOKEN = /(?<![\d.,])(?:\+47[\s\u00a0-]?)?\d{2}(?:[\s\u00a0-]?\d){6}(?![\d.,])/g;
const PRICE_TOKEN = /(?<![\d.,])\d{1,3}(?:[\s\u00a0]?\d{3})*[.,]\d{2}(?!\d)/g;
const bareDigits = (value: string) => value.replace(/[\s\u00a0-]/g, '').replace(/^\+47/, '');
const barePrice = (value: string) => value.replace(/[\s\u00a0]/g, '').replace('.', ',');

/** What findLeaks compares, prepared once per set of values (they are not changed once found). */
interface Prepared {
  /** Matches where any e-mail address or name occurs; never, for none. */
  anyLiteral: RegExp;
  literals: string[];
  phones: [value: string, bare: string][];
  prices: [value: string, bare: string][];
}
const prepared = new WeakMap<PrivateValues, Prepared>();
function prepare(values: PrivateValues): Prepared {
  let ready = prepared.get(values);
  if (!ready) {
    const literals = [...values.emails, ...values.names];
    const escaped = literals.map((value) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    ready = {
      anyLiteral: new RegExp(escaped.length ? escaped.join('|') : '(?!)'),
      literals,
      phones: [...values.phones].map((value) => [value, bareDigits(value)]),
      prices: [...values.prices].map((value) => [value, barePrice(value)]),
    };
    prepared.set(values, ready);
  }
  return ready;
}

/**
 * Every private value that occurs in the text. Phone numbers and prices are compared as tokens,
 * however they are spaced ("+47 412 34 567", "81 234,50", "81234.50").
 */
export function findLeaks(text: string, values: PrivateValues): string[] {
  const { anyLiteral, literals, phones, prices } = prepare(values);
  const cleaned = text.replace(GEOMETRY_ATTRIBUTES, '');
  const phoneTokens = new Set((cleaned.match(PHONE_TOKEN) ?? []).map(bareDigits));
  const priceTokens = new Set((cleaned.match(PRICE_TOKEN) ?? []).map(barePrice));
  return [
    // One pass for all of them first: a page almost never holds any, and a test per value per page
    // was most of the privacy scan's time (15 of 17 s over a built site). Any occurrence of any value
    // makes the expression match, so a page it finds nothing in holds none; one it matches is listed exactly.
    ...(anyLiteral.test(cleaned) ? literals.filter((value) => cleaned.includes(value)) : []),
    ...phones.filter(([, bare]) => phoneTokens.has(bare)).map(([value]) => value),
    ...prices.filter(([, bare]) => priceTokens.has(bare)).map(([value]) => value),
  ];
}

/**
 * The parts of the source's address that must never be published (its path may hold a share or
 * signing key): user info, query, and every path segment but the file name the label shows, when it
 * looks like a key or is 16 characters or more, so as not to find a word that occurs on a page anyway
 * ("s", "api", "download" would). A URL with user info is refused by the pull before it gets this far.
 */
export function addressSecrets(address: string): string[] {
  const url = new URL(address);
  const published = safeFileName(url);
  const decode = (part: string) => {
    try {
      return decodeURIComponent(part);
    } catch {
      return part;
    }
  };
  const parts = [
    url.username,
    url.password,
    ...url.pathname.split('/').filter((segment) => segment && decode(segment) !== published),
    url.search.slice(1),
    ...[...url.searchParams.values()],
  ].flatMap((part) => [part, decode(part)]);
  return [...new Set(parts.filter((part) => part.length >= 16 || looksLikeToken(part)))];
}
