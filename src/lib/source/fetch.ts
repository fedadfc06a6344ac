/**
 * Downloads a source (the export, the media bank's manifest and files) from an authenticated
 * HTTPS URL. The credential comes from the environment only and never appears in logs or
 * errors: every message goes through `redact`.
 * Retries with backoff on 429 and 5xx (honouring Retry-After) and on network errors; a
 * truncated body or an HTML login page is recognised and reported as such.
 *
 * The credential goes only to the origin it was given for: redirects are followed by hand, each
 * hop checked; a hop to another origin is followed without the credential (a CDN or signed URL
 * needs none, and Node's fetch would keep a custom header), and a hop to plain http is refused.
 * The body is read up to a size limit and no further.
 *
 * A source's address is itself a secret (share and signed links carry their key in the path), so
 * messages name only its origin (scheme, host, port), and what a download is called is a file
 * name that looks like one, never a token-like path segment.
 */
import { configuredHosts, hostOf, privateAddressesAllowed, refusalFor, type HostPolicy } from './host-policy';
import { DEFAULT_LIMITS, formatBytes } from './limits';
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
  /** HTTPS only, except for loopback addresses (the contract tests' local servers stand in for https). */
  allowInsecureLoopback?: boolean;
  /**
   * Hostnames the download and its redirects may reach (host-policy.ts); by default the host of
   * the address asked for. The hosts the environment names (HHH_SOURCE, HHH_MEDIA_MANIFEST,
   * HHH_FETCH_HOSTS) are always added.
   */
  allowedHosts?: string[];
  /** Loopback, private and link-local addresses allowed (default: HHH_FETCH_ALLOW_PRIVATE=1). */
  allowPrivateAddresses?: boolean;
  /** The environment the host policy reads (default process.env). */
  env?: NodeJS.ProcessEnv;
  /** DNS resolution for the host policy (tests). */
  resolve?: HostPolicy['resolve'];
  /**
   * The only origin the credential is sent to; by default the origin of the address asked for.
   * The media bank's assets are fetched with the manifest's origin here, so an asset URL naming
   * another host gets no credential.
   */
  credentialOrigin?: string;
  /** The largest body read; a larger one fails at once (Content-Length) or as soon as it passes the limit. */
  maxBytes?: number;
  /** Redirects followed per attempt (default 5). */
  maxRedirects?: number;
  /** The setting that raises `maxBytes`, named when a download is too large (e.g. HHH_MAX_SOURCE_MB). */
  maxBytesSetting?: string;
  /** Where the credential is configured, named when it is refused (e.g. HHH_MEDIA_TOKEN). */
  credentialSetting?: string;
  /** Who downloads, at the start of each log line (default "pull"). */
  logLabel?: string;
  log?: (line: string) => void;
  sleep?: (ms: number) => Promise<void>;
}

export interface Download {
  bytes: Uint8Array;
  /** A file name safe to show and publish: the URL's last path segment if it looks like a file name (safeFileName). */
  name: string;
  /** The URL's origin: all that logs and errors show of it. */
  origin: string;
}

const RETRYABLE_STATUS = (status: number) => status === 429 || status >= 500;
const REDIRECT_STATUS = new Set([301, 302, 303, 307, 308]);
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** Reads a body up to `maxBytes`, cancelling the download as soon as it passes the limit. */
async function readLimited(response: Response, maxBytes: number, shown: string, setting: string | undefined): Promise<Uint8Array> {
  const named = setting ? ` (${setting})` : '';
  const tooLarge = (size: string) =>
    new SourceUnreachableError(`the download from ${shown} is ${size}, more than the limit of ${formatBytes(maxBytes)}${named}; nothing more was read`);
  const declared = Number(response.headers.get('content-length') ?? NaN);
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel();
    throw tooLarge(formatBytes(declared));
  }
  if (!response.body) return new Uint8Array(0);
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > maxBytes) {
      await reader.cancel();
      throw tooLarge(`over ${formatBytes(maxBytes)}`);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

/** All that a log line or an error shows of an address: its origin, or "(an address)" when it is not a URL. */
export function shownAddress(address: string | URL): string {
  try {
    const url = typeof address === 'string' ? new URL(address) : address;
    return url.origin === 'null' ? '(an address)' : url.origin;
  } catch {
    return '(an address)';
  }
}

const EXPORT_EXTENSION = /\.(csv|xlsx|txt|tsv)$/i;
const FILE_NAME = /^[\p{L}\p{N}][\p{L}\p{N} ._()-]{0,79}$/u;
/** A run of letters and digits mixed like a key or a signature (a3f9…), not like a word or a date. */
const TOKEN_LIKE = /[A-Za-z0-9]{8,}/g;
export const looksLikeToken = (text: string) =>
  (text.match(TOKEN_LIKE) ?? []).some((run) => (run.match(/\d/g)?.length ?? 0) >= 2 && (run.match(/[A-Za-z]/g)?.length ?? 0) >= 2);

/**
 * The name a download is known by in messages and in the dataset: the URL's last path segment when
 * it looks like an export's file name (`eksport 2026.csv`), otherwise `export` (with the segment's
 * extension): a key or signed token is often the last segment.
 */
export function safeFileName(url: URL): string {
  const last = url.pathname.split('/').filter(Boolean).pop() ?? '';
  let name = last;
  try {
    name = decodeURIComponent(last);
  } catch {
    // A malformed %-escape: judged as it was sent.
  }
  const extension = EXPORT_EXTENSION.exec(name)?.[0].toLowerCase() ?? '';
  return FILE_NAME.test(name) && extension && !looksLikeToken(name) ? name : `export${extension}`;
}

/** Hides credentials (whatever their length) and shortens every URL in a message to its origin. */
export function makeRedactor(credential: Credential | undefined, url?: URL): (text: string) => string {
  const secrets = [credential?.token, credential?.header, credential?.header?.split(':').slice(1).join(':').trim(), url?.password, url?.search.slice(1)].filter(
    (s): s is string => typeof s === 'string' && s.length > 0,
  );
  return (text) =>
    secrets
      .reduce((out, secret) => out.split(secret).join('***'), text)
      .replace(/\b[a-z][a-z0-9+.-]*:\/\/[^\s"'<>()]+/gi, (address) => {
        // Punctuation that ends the sentence is not part of the address.
        const end = /[.,;:]+$/.exec(address)?.[0] ?? '';
        return shownAddress(address.slice(0, address.length - end.length)) + end;
      });
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
  const secure = (target: URL) =>
    target.protocol === 'https:' || (options.allowInsecureLoopback === true && target.protocol === 'http:' && LOOPBACK.has(target.hostname));
  if (!secure(url)) {
    throw new SourceUnreachableError(`refusing to send credentials over ${url.protocol.replace(':', '')}: the source URL must use https`);
  }
  if (url.username || url.password) {
    // It would be printed by every error that names the URL, and fetch refuses it anyway.
    throw new SourceUnreachableError(
      `${url.origin}: the address carries a user name or password, which is not used and would end up in logs: give the credential in ${options.credentialSetting ?? 'the credential setting'} instead`,
    );
  }
  const credentialOrigin = options.credentialOrigin ?? url.origin;
  const env = options.env ?? process.env;
  const policy: HostPolicy = {
    allowed: new Set([...(options.allowedHosts ?? [url.hostname]).map(hostOf), ...configuredHosts(env)]),
    allowPrivate: options.allowPrivateAddresses ?? privateAddressesAllowed(env),
    resolve: options.resolve,
  };
  const attempts = options.attempts ?? 4;
  const backoffMs = options.backoffMs ?? 1000;
  const maxRetryAfterMs = options.maxRetryAfterMs ?? 120_000;
  const timeoutMs = options.timeoutMs ?? 60_000;
  const maxBytes = options.maxBytes ?? DEFAULT_LIMITS.maxBytes;
  const maxRedirects = options.maxRedirects ?? 5;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const log = options.log ?? (() => {});
  const label = options.logLabel ?? 'pull';
  const shown = url.origin;
  let lastProblem = '';

  /** One request, following redirects by hand so every hop is checked before anything is sent. */
  async function request(signal: AbortSignal): Promise<Response> {
    let current = url;
    for (let hop = 0; ; hop++) {
      const refusal = await refusalFor(current, policy);
      if (refusal)
        throw new SourceUnreachableError(`refusing to fetch from ${current.origin}${current === url ? '' : ` (a redirect from ${url.origin})`}: ${refusal}`);
      const credential = current.origin === credentialOrigin ? options.credential : undefined;
      const response = await fetch(current, { headers: headersFor(credential), signal, redirect: 'manual' });
      if (!REDIRECT_STATUS.has(response.status)) return response;
      await response.body?.cancel();
      const location = response.headers.get('location');
      if (!location) throw new SourceUnreachableError(`${current.origin} answered a redirect (HTTP ${response.status}) without saying where to`);
      if (hop >= maxRedirects) throw new SourceUnreachableError(`${shown} redirected more than ${maxRedirects} times; giving up`);
      const next = new URL(location, current);
      if (!secure(next)) {
        throw new SourceUnreachableError(
          `${current.origin} redirected to ${next.protocol.replace(':', '')} (${shownAddress(next)}): refused, the download and its credential must stay on https`,
        );
      }
      if (next.origin !== current.origin && next.origin !== credentialOrigin && options.credential && (options.credential.token || options.credential.header)) {
        log(redact(`${label}: ${current.origin} redirected to another origin (${next.origin}); following without the credential`));
      }
      current = next;
    }
  }

  for (let attempt = 1; attempt <= attempts; attempt++) {
    let wait = backoffMs * 2 ** (attempt - 1);
    try {
      const response = await request(AbortSignal.timeout(timeoutMs));
      if (response.status === 401 || response.status === 403) {
        await response.body?.cancel();
        throw new SourceUnreachableError(`${shown} refused the credentials (HTTP ${response.status}): check ${options.credentialSetting ?? 'the credential'}`);
      }
      if (RETRYABLE_STATUS(response.status)) {
        await response.body?.cancel();
        lastProblem = `HTTP ${response.status}`;
        const retryAfter = parseRetryAfter(response.headers.get('retry-after'));
        if (retryAfter !== undefined) {
          if (retryAfter > maxRetryAfterMs)
            throw new SourceUnreachableError(`${shown} asked to retry after ${Math.round(retryAfter / 1000)} s (HTTP ${response.status}); giving up`);
          wait = retryAfter;
        }
      } else if (!response.ok) {
        await response.body?.cancel();
        throw new SourceUnreachableError(`${shown} answered HTTP ${response.status} ${response.statusText}`);
      } else {
        const bytes = await readLimited(response, maxBytes, shown, options.maxBytesSetting);
        const expected = Number(response.headers.get('content-length') ?? NaN);
        if (Number.isFinite(expected) && bytes.length !== expected && !response.headers.get('content-encoding')) {
          throw new SourceUnreachableError(`the download from ${shown} was truncated: got ${bytes.length} of ${expected} bytes`);
        }
        if ((response.headers.get('content-type') ?? '').includes('text/html') || looksLikeHtml(bytes)) {
          throw new SourceUnreachableError(`${shown} sent an HTML page (a login page?) instead of the export: check the URL and the credentials`);
        }
        return { bytes, name: safeFileName(url), origin: shown };
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
      log(redact(`${label}: ${shown}: ${lastProblem}; attempt ${attempt + 1} of ${attempts} in ${(wait / 1000).toFixed(1)} s`));
      await sleep(wait);
    }
  }
  throw new SourceUnreachableError(redact(`${shown} could not be fetched after ${attempts} attempts: ${lastProblem}`));
}
