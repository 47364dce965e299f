/**
 * Runs the Microsoft Recognizers-Text specification cases (specs/, copied unchanged, MIT) against our
 * engine. Their models are not our claim model, so each spec file has a check that fits it (numeral
 * parsing, percent claims, recall of dimensions and currency, phone numbers and negative cases as traps)
 * and `outside-model.json` lists, with a reason, every case left out (does not fit the claim model) and
 * every case that fits but fails today. The tests assert that the pass rate does not fall below the
 * recorded floor and that no unlisted case fails.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import outside from './outside-model.json';

export interface SpecResult {
  Text: string;
  TypeName: string;
  Resolution: { value?: string | null; unit?: string; isoCurrency?: string } | null;
  Start: number;
  End: number;
}

export interface SpecCase {
  Input: string;
  Results: SpecResult[];
  NotSupported?: string;
  Comment?: string;
}

export interface Listed {
  input: string;
  reason: string;
}

interface OutsideFile {
  floor: number;
  excluded: Listed[];
  failing: Listed[];
}

const data = outside as unknown as { files: Record<string, OutsideFile>; excludedUnits: Record<string, string> };

export function loadSpec(file: string): SpecCase[] {
  const raw = readFileSync(join(dirname(fileURLToPath(import.meta.url)), 'specs', file), 'utf8').replace(/^\uFEFF/, '');
  return (JSON.parse(raw) as SpecCase[]).filter((c) => !/javascript/i.test(c.NotSupported ?? ''));
}

/** Why a Recognizers unit is outside our unit table (bits, hertz, calories ...), or undefined. */
export function excludedUnit(unit: string | undefined): string | undefined {
  return unit ? data.excludedUnits[unit] : undefined;
}

export interface SpecRun {
  file: string;
  total: number;
  excluded: number;
  fitting: number;
  passed: number;
  rate: number;
  floor: number;
  /** Fitting cases that fail and are not listed as failing. */
  unlistedFailures: string[];
  /** Listed failures that now pass (the list should be updated). */
  nowPassing: string[];
}

/**
 * Applies `check` to every case not excluded; `check` returns null when the case passes or a short
 * description of what went wrong.
 */
export function runSpec(file: string, check: (c: SpecCase) => string | null | 'outside'): SpecRun {
  const listed = data.files[file] ?? { floor: 1, excluded: [], failing: [] };
  const excluded = new Set(listed.excluded.map((l) => l.input));
  const failing = new Set(listed.failing.map((l) => l.input));
  const cases = loadSpec(file);
  let fitting = 0, passed = 0, excludedCount = 0;
  const unlistedFailures: string[] = [];
  const nowPassing: string[] = [];
  for (const c of cases) {
    if (excluded.has(c.Input)) {
      excludedCount++;
      continue;
    }
    const problem = check(c);
    if (problem === 'outside') {
      excludedCount++;
      continue;
    }
    fitting++;
    if (problem === null) {
      passed++;
      if (failing.has(c.Input)) nowPassing.push(c.Input);
    } else if (!failing.has(c.Input)) {
      unlistedFailures.push(`${JSON.stringify(c.Input)}: ${problem}`);
    }
  }
  return {
    file, total: cases.length, excluded: excludedCount, fitting, passed,
    rate: fitting ? passed / fitting : 1, floor: listed.floor, unlistedFailures, nowPassing,
  };
}

export function report(run: SpecRun): string {
  return `${run.file}: ${run.passed}/${run.fitting} fitting cases pass (${(run.rate * 100).toFixed(1)}%), ${run.excluded} of ${run.total} outside the claim model`;
}

export function near(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(b));
}
