/**
 * How much of a source (an export, the media bank's manifest) is read. Everything a file sends us
 * is hostile until checked, so sizes are bounded before the bytes are read, inflated or parsed:
 * an oversized or decompression-bomb file fails within seconds instead of exhausting memory.
 */
export interface ReadLimits {
  /** The largest download or file, and the largest total an XLSX archive may inflate to. */
  maxBytes: number;
  /** The most rows an XLSX sheet may have (the XLSX reader slows down and fails beyond this). */
  maxXlsxRows: number;
}

const MB = 1024 * 1024;

export const DEFAULT_LIMITS: ReadLimits = { maxBytes: 200 * MB, maxXlsxRows: 50_000 };

/** Excel's own limits: a CSV or sheet beyond them can't be a spreadsheet export. */
export const MAX_ROWS = 1_048_576;
export const MAX_CELL_CHARS = 32_767;
/** The most cells a CSV may have: 20 columns of a million rows; bounds the memory of parsing. */
export const MAX_CELLS = 20_000_000;

/** The most problems collected from one file; more would only cost memory (50 are shown). */
export const MAX_COLLECTED_PROBLEMS = 1000;

export const formatBytes = (bytes: number) => (bytes >= MB ? `${(bytes / MB).toFixed(1)} MB` : `${bytes} bytes`);

/** HHH_MAX_SOURCE_MB and HHH_MAX_XLSX_ROWS; an empty or missing variable keeps the default. */
export function limitsFromEnvironment(env: NodeJS.ProcessEnv = process.env): ReadLimits {
  const number = (name: string, fallback: number, scale = 1) => {
    const raw = env[name];
    if (!raw) return fallback;
    const value = Number(raw);
    if (!(Number.isFinite(value) && value > 0)) throw new RangeError(`${name} must be a positive number, got "${raw}"`);
    return Math.floor(value * scale);
  };
  return { maxBytes: number('HHH_MAX_SOURCE_MB', DEFAULT_LIMITS.maxBytes, MB) || 1, maxXlsxRows: number('HHH_MAX_XLSX_ROWS', DEFAULT_LIMITS.maxXlsxRows) };
}
