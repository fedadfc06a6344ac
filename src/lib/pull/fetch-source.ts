/**
 * Downloads the export from an authenticated HTTPS URL. The credential comes from the
 * environment only and never appears in logs or errors: every message goes through `redact`.
 * Retries with backoff on 429 and 5xx (honouring Retry-After) and on network errors; a
 * truncated body or an HTML login page is recognised and reported as such.
 */
import { looksLikeHtml } from './read-table';

/** The source could not be fetched; the pull exits with code 3. */
export class SourceUnreachableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SourceUnreachableError';
  }
}

export interface Credential {
  /** Sent as `Authorization: Bearer <token>`. */
  token?: string;
  /** A whole header line, e.g. `X-Api-Key: abc`, for systems that want their own header. */
  header?: string;
}

export interface DownloadOptions {
  credential?: Credential;
  timeoutMs?: number;
  /** Attempts in all, the first included. */
  attempts?: number;
  /** Base delay of the exponential backoff. */
  backoffMs?: number;
  /** The longest Retry-After the pull will wait; beyond it, it gives up. */
  maxRetryAfterMs?: number;
  /** HTTPS only, except for loopback addresses (the contract tests' local server). */
  allowInsecureLoopback?: boolean;
  log?: (line: string) => void;
  sleep?: (ms: number) => Promise<void>;
}

export interface Download {
  bytes: Uint8Array;
  /** The URL's last path segment, without query string or credentials. */
  name: string;
  /** The URL with query string and user info removed, for the dataset's source record. */
  safeUrl: string;
}

const RETRYABLE_STATUS = (status: number) => status === 429 || status >= 500;

export function safeUrl(url: URL): string {
  return `${url.protocol}//${url.host}${url.pathname}`;
}

export function makeRedactor(credential: Credential | undefined, url?: URL): (text: string) => string {
  const secrets = [credential?.token, credential?.header, credential?.header?.split(':').slice(1).join(':').trim(), url?.password, url?.search.slice(1)]
    .filter((s): s is string => typeof s === 'string' && s.length >= 4);
  return (text) => secrets.reduce((out, secret) => out.split(secret).join('***'), text);
}

export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

function headersFor(credential: Credential | undefined): Record<string, string> {
  const headers: Record<string, string> = { Accept: 'text/csv, application/vnd.openxmlformats-officedocument.spreadsheetml.sheet, */*' };
  if (credential?.token) headers.Authorization = `Bearer ${credential.token}`;
  if (credential?.header) {
    const colon = credential.header.indexOf(':');
    if (colon <= 0) throw new SourceUnreachableError('the header credential must look like "Name: value"');
    headers[credential.header.slice(0, colon).trim()] = credential.header.slice(colon + 1).trim();
  }
  return headers;
}

export async function downloadSource(address: string, options: DownloadOptions = {}): Promise<Download> {
  const url = new URL(address);
  const redact = makeRedactor(options.credential, url);
  const loopback = ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
  if (url.protocol !== 'https:' && !(options.allowInsecureLoopback && loopback)) {
    throw new SourceUnreachableError(`refusing to send credentials over ${url.protocol.replace(':', '')}: the source URL must use https`);
  }
  const attempts = options.attempts ?? 4;
  const backoffMs = options.backoffMs ?? 1000;
  const maxRetryAfterMs = options.maxRetryAfterMs ?? 120_000;
  const timeoutMs = options.timeoutMs ?? 60_000;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const log = options.log ?? (() => {});
  const shown = safeUrl(url);
  let lastProblem = '';

  for (let attempt = 1; attempt <= attempts; attempt++) {
    let wait = backoffMs * 2 ** (attempt - 1);
    try {
      const response = await fetch(url, { headers: headersFor(options.credential), signal: AbortSignal.timeout(timeoutMs), redirect: 'follow' });
      if (response.status === 401 || response.status === 403) {
        await response.body?.cancel();
        throw new SourceUnreachableError(`${shown} refused the credentials (HTTP ${response.status}): check HHH_SOURCE_TOKEN or HHH_SOURCE_HEADER`);
      }
      if (RETRYABLE_STATUS(response.status)) {
        await response.body?.cancel();
        lastProblem = `HTTP ${response.status}`;
        const retryAfter = parseRetryAfter(response.headers.get('retry-after'));
        if (retryAfter !== undefined) {
          if (retryAfter > maxRetryAfterMs) throw new SourceUnreachableError(`${shown} asked to retry after ${Math.round(retryAfter / 1000)} s (HTTP ${response.status}); giving up`);
          wait = retryAfter;
        }
      } else if (!response.ok) {
        await response.body?.cancel();
        throw new SourceUnreachableError(`${shown} answered HTTP ${response.status} ${response.statusText}`);
      } else {
        const bytes = new Uint8Array(await response.arrayBuffer());
        const expected = Number(response.headers.get('content-length') ?? NaN);
        if (Number.isFinite(expected) && bytes.length !== expected && !response.headers.get('content-encoding')) {
          throw new SourceUnreachableError(`the download from ${shown} was truncated: got ${bytes.length} of ${expected} bytes`);
        }
        if ((response.headers.get('content-type') ?? '').includes('text/html') || looksLikeHtml(bytes)) {
          throw new SourceUnreachableError(`${shown} sent an HTML page (a login page?) instead of the export: check the URL and the credentials`);
        }
        const name = decodeURIComponent(url.pathname.split('/').filter(Boolean).pop() ?? 'export');
        return { bytes, name, safeUrl: shown };
      }
    } catch (error) {
      if (error instanceof SourceUnreachableError) throw new SourceUnreachableError(redact(error.message));
      const e = error as Error & { cause?: { code?: string; message?: string } };
      if (e.name === 'TimeoutError' || e.name === 'AbortError') lastProblem = `no answer within ${timeoutMs / 1000} s`;
      else if (/terminated|premature|ECONNRESET|other side closed/i.test(`${e.message} ${e.cause?.code ?? ''} ${e.cause?.message ?? ''}`))
        lastProblem = 'the connection closed before the download was complete (truncated)';
      else lastProblem = `${e.message}${e.cause?.code ? ` (${e.cause.code})` : ''}`;
    }
    if (attempt < attempts) {
      log(redact(`pull: ${shown}: ${lastProblem}; attempt ${attempt + 1} of ${attempts} in ${(wait / 1000).toFixed(1)} s`));
      await sleep(wait);
    }
  }
  throw new SourceUnreachableError(redact(`${shown} could not be fetched after ${attempts} attempts: ${lastProblem}`));
}
