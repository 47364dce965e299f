/**
 * Why an import was refused, as data: the panel words it in the reader's language (see
 * components/exchange-strings.ts) and the CLI in English. `path` names the place in the file the way a
 * reader can find it: `claims[3].anchor.quote.exact`.
 */
export type ImportProblem =
  | { code: 'file-too-large'; bytes: number; limit: number }
  | { code: 'empty-file' }
  | { code: 'not-json'; detail: string; truncated: boolean }
  | { code: 'unsafe-key'; path: string; key: string }
  | { code: 'unknown-format' }
  | { code: 'wrong-version'; version: string; supported: number }
  | { code: 'missing'; path: string }
  | { code: 'wrong-type'; path: string; expected: string }
  | { code: 'bad-value'; path: string; allowed?: string[] }
  | { code: 'too-long'; path: string; limit: number }
  | { code: 'too-many'; path: string; limit: number }
  | { code: 'too-few'; path: string; limit: number }
  | { code: 'unsafe-url'; path: string }
  | { code: 'unsafe-color'; path: string }
  | { code: 'duplicate-id'; path: string; id: string }
  | { code: 'unknown-reference'; path: string; id: string }
  /** A claim or note whose anchor has no quote and whose position lies outside its article's text. */
  | { code: 'anchor-outside-text'; path: string };

/** A refused file lists its first problems, and says how many there were in all. */
export const MAX_PROBLEMS_SHOWN = 5;

export interface ImportRefusal {
  problems: ImportProblem[];
  /** All problems found, of which `problems` are the first. */
  total: number;
}

export function refusal(problems: ImportProblem[]): ImportRefusal {
  return { problems: problems.slice(0, MAX_PROBLEMS_SHOWN), total: problems.length };
}

export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out === '' ? '(file)' : out;
}
