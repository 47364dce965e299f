/** zod's issues as our import problems (../problems.ts), with paths a reader can follow. */
import type { z } from 'zod';
import { formatPath, type ImportProblem } from '../problems';
import { UNSAFE_COLOR, UNSAFE_URL } from './schemas';

function valueAt(root: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let node = root;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node;
}

export function problemFromIssue(issue: z.core.$ZodIssue, root: unknown, prefix: PropertyKey[] = []): ImportProblem {
  const pathParts = [...prefix, ...issue.path];
  const path = formatPath(pathParts);
  switch (issue.code) {
    case 'invalid_type':
      return valueAt(root, issue.path) === undefined ? { code: 'missing', path } : { code: 'wrong-type', path, expected: issue.expected };
    case 'too_big':
      return issue.origin === 'string'
        ? { code: 'too-long', path, limit: Number(issue.maximum) }
        : issue.origin === 'array'
          ? { code: 'too-many', path, limit: Number(issue.maximum) }
          : { code: 'bad-value', path };
    case 'too_small':
      return issue.origin === 'array' ? { code: 'too-few', path, limit: Number(issue.minimum) } : { code: 'bad-value', path };
    case 'invalid_value':
      return { code: 'bad-value', path, allowed: issue.values.map(String) };
    case 'custom':
      if (issue.message === UNSAFE_URL) return { code: 'unsafe-url', path };
      if (issue.message === UNSAFE_COLOR) return { code: 'unsafe-color', path };
      return { code: 'bad-value', path };
    case 'invalid_union': {
      // Name the problem of the alternative that got furthest: the deepest first issue.
      const deepest = issue.errors
        .map((errors) => errors[0])
        .filter((e): e is z.core.$ZodIssue => e !== undefined)
        .sort((a, b) => b.path.length - a.path.length)[0];
      return deepest ? problemFromIssue(deepest, valueAt(root, issue.path), pathParts) : { code: 'bad-value', path };
    }
    default:
      return { code: 'bad-value', path };
  }
}
