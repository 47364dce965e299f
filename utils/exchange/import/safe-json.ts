/**
 * JSON.parse for files from elsewhere. A key named `__proto__`, `constructor` or `prototype` is never
 * kept: JSON.parse makes `__proto__` an own property (harmless by itself), but any later spread or
 * merge would hand it to Object.prototype. The reviver drops such keys as they are read and remembers
 * where they were, so the import can refuse the file and name the place.
 *
 * A reviver makes parsing about half again slower, so text in which no such key can occur (none of the
 * three names appears, and no \u escape that could spell one) is parsed without it.
 */
import { IMPORT_LIMITS } from '../formats';
import { formatPath, type ImportProblem } from '../problems';

const UNSAFE_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

export type SafeJsonResult = { ok: true; value: unknown } | { ok: false; problems: ImportProblem[] };

export function parseJsonSafely(text: string, bytes = text.length): SafeJsonResult {
  if (bytes > IMPORT_LIMITS.fileBytes) return { ok: false, problems: [{ code: 'file-too-large', bytes, limit: IMPORT_LIMITS.fileBytes }] };
  // A UTF-8 byte order mark is legal at the start of a file but not in JSON.
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') return { ok: false, problems: [{ code: 'empty-file' }] };
  const holders = new Map<object, string>();
  let value: unknown;
  try {
    if (!mayHoldUnsafeKeys(body)) return { ok: true, value: JSON.parse(body) };
    value = JSON.parse(body, function (this: object, key: string, v: unknown) {
      if (UNSAFE_KEYS.has(key)) {
        if (!holders.has(this)) holders.set(this, key);
        return undefined;
      }
      return v;
    });
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, problems: [{ code: 'not-json', detail, truncated: looksTruncated(body, detail) }] };
  }
  if (holders.size > 0) return { ok: false, problems: findHolders(value, holders) };
  return { ok: true, value };
}

/** Whether `text` could hold one of the unsafe keys, spelled out or escaped; false means it cannot. */
export function mayHoldUnsafeKeys(text: string): boolean {
  return text.includes('\\u') || [...UNSAFE_KEYS].some((key) => text.includes(key));
}

/** A parse error at the very end of the text, or an unclosed structure, means the file was cut short. */
function looksTruncated(text: string, detail: string): boolean {
  if (/end of (JSON|data) input|Unexpected end|Unterminated string/i.test(detail)) return true;
  const at = /position (\d+)/.exec(detail);
  return at !== null && Number(at[1]) >= text.trimEnd().length - 1;
}

/** Walks the parsed value to name where the dropped keys were (only runs for refused files). */
function findHolders(root: unknown, holders: Map<object, string>): ImportProblem[] {
  const problems: ImportProblem[] = [];
  const walk = (node: unknown, path: PropertyKey[]) => {
    if (node === null || typeof node !== 'object') return;
    const key = holders.get(node);
    if (key !== undefined) problems.push({ code: 'unsafe-key', path: formatPath(path), key });
    if (Array.isArray(node)) node.forEach((item, i) => walk(item, [...path, i]));
    else for (const [k, v] of Object.entries(node)) walk(v, [...path, k]);
  };
  walk(root, []);
  return problems;
}
