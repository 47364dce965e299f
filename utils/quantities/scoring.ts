/**
 * The claim scorer of ../shared/tools/score-claims.py, ported so the corpus test can assert on it:
 * a prediction matches a gold claim when the spans overlap; required gold matched = true positive,
 * optional matched = neutral, unmatched prediction = false positive; value-correct when value and unit
 * agree in the family's base unit; a trap is a listed string reported as a claim outside any gold span.
 */
export interface GoldClaim {
  start?: number;
  end?: number;
  text: string;
  value: number;
  unit: string;
  approx?: string;
  optional?: boolean;
  subject?: string;
}

export interface PredictedClaim {
  start: number;
  end: number;
  value: number;
  unit: string;
  approx?: string;
  subject?: string;
}

export interface Score {
  required: number;
  predictions: number;
  tp: number;
  fp: number;
  neutral: number;
  precision: number;
  recall: number;
  f1: number;
  valueAccuracy: number;
  approxAccuracy: number;
  /** Mean agreement of the subjects of matched required claims with their labels (see subjectAgreement), and how many were compared. */
  subjectAgreement: number;
  subjectsCompared: number;
  misses: string[];
  falsePositives: string[];
  wrong: string[];
  trapHits: string[];
}

// Same table as the Python scorer: every counter compares as a plain count.
const BASE: Record<string, [string, number]> = {
  m2: ['m2', 1], km2: ['m2', 1e6], ha: ['m2', 1e4], mu: ['m2', 10000 / 15],
  m: ['m', 1], km: ['m', 1e3], cm: ['m', 1e-2], mm: ['m', 1e-3],
  kg: ['kg', 1], t: ['kg', 1e3], g: ['kg', 1e-3], m3: ['m3', 1], L: ['m3', 1e-3],
  percent: ['percent', 1], permille: ['percent', 0.1],
  W: ['W', 1], kW: ['W', 1e3], MW: ['W', 1e6], GW: ['W', 1e9], V: ['V', 1], kV: ['V', 1e3],
  kWh: ['Wh', 1e3], MWh: ['Wh', 1e6],
  count: ['count', 1], person: ['count', 1], item: ['count', 1], household: ['count', 1],
};

function norm(value: number, unit: string): [number, string] {
  const [b, f] = BASE[unit] ?? [unit, 1];
  return [value * f, b];
}

export function sameQuantity(p: { value: number; unit: string }, g: { value: number; unit: string }): boolean {
  const [pv, pu] = norm(Number(p.value), p.unit);
  const [gv, gu] = norm(Number(g.value), g.unit);
  return pu === gu && Math.abs(pv - gv) <= 1e-6 * Math.max(1, Math.abs(gv));
}

/** Gold lines without offsets are located by their text, the k-th occurrence for the k-th such line. */
function locate(text: string, gold: GoldClaim[]): Array<GoldClaim & { start: number; end: number }> {
  const seen = new Map<string, number>();
  return gold.map((g) => {
    if (g.start !== undefined && g.end !== undefined) return g as GoldClaim & { start: number; end: number };
    const k = seen.get(g.text) ?? 0;
    let i = -1;
    for (let j = 0; j <= k; j++) i = text.indexOf(g.text, i + 1);
    seen.set(g.text, k + 1);
    if (i < 0) throw new Error(`gold text not in article: ${g.text}`);
    return { ...g, start: i, end: i + g.text.length };
  });
}

export function scoreClaims(text: string, goldIn: GoldClaim[], preds: PredictedClaim[], traps: string[] = []): Score {
  const gold = locate(text, goldIn);
  const used = new Set<number>();
  let tp = 0, fp = 0, neutral = 0, valueOk = 0, approxOk = 0, subjectSum = 0, subjectsCompared = 0;
  const misses: string[] = [], falsePositives: string[] = [], wrong: string[] = [];
  for (const p of [...preds].sort((a, b) => a.start - b.start)) {
    const hit = gold.findIndex((g, gi) => !used.has(gi) && p.start < g.end && g.start < p.end);
    if (hit < 0) {
      fp++;
      falsePositives.push(text.slice(p.start, p.end));
      continue;
    }
    used.add(hit);
    const g = gold[hit];
    if (g.optional) {
      neutral++;
      continue;
    }
    tp++;
    if (sameQuantity(p, g)) valueOk++;
    else wrong.push(`${g.text}: want ${g.value} ${g.unit}, got ${p.value} ${p.unit}`);
    if ((p.approx ?? 'exact') === (g.approx ?? 'exact')) approxOk++;
    else wrong.push(`${g.text}: want ${g.approx}, got ${p.approx}`);
    if (g.subject && p.subject !== undefined) {
      subjectSum += subjectAgreement(p.subject, g.subject);
      subjectsCompared++;
    }
  }
  const required = gold.filter((g) => !g.optional);
  gold.forEach((g, gi) => {
    if (!used.has(gi) && !g.optional) misses.push(g.text);
  });
  const trapHits = new Set<string>();
  for (const t of traps) {
    for (let i = text.indexOf(t); i >= 0; i = text.indexOf(t, i + 1)) {
      const a = i, b = i + t.length;
      for (const p of preds) {
        if (p.start < b && a < p.end && !gold.some((g) => p.start < g.end && g.start < p.end)) trapHits.add(t);
      }
    }
  }
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = required.length ? tp / required.length : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return {
    required: required.length, predictions: preds.length, tp, fp, neutral, precision, recall, f1,
    valueAccuracy: tp ? valueOk / tp : 0, approxAccuracy: tp ? approxOk / tp : 0,
    subjectAgreement: subjectsCompared ? subjectSum / subjectsCompared : 0, subjectsCompared,
    misses, falsePositives, wrong, trapHits: [...trapHits].sort(),
  };
}

/**
 * How far a subject agrees with its hand label, from 0 to 1: the Dice overlap of their character pairs
 * (case and spaces ignored). Labels paraphrase (规模以上工业增加值增长 for 工业增加值), so this rewards
 * naming the same thing in the same words without asking for the label's exact wording.
 */
export function subjectAgreement(subject: string, label: string): number {
  const pairs = (s: string) => {
    const t = s.toLowerCase().replace(/\s+/g, '');
    if (t.length < 2) return t ? [t] : [];
    const out: string[] = [];
    for (let i = 0; i + 1 < t.length; i++) out.push(t.slice(i, i + 2));
    return out;
  };
  const a = pairs(subject);
  const b = pairs(label);
  if (a.length === 0 || b.length === 0) return 0;
  const left = new Map<string, number>();
  for (const x of b) left.set(x, (left.get(x) ?? 0) + 1);
  let shared = 0;
  for (const x of a) {
    const n = left.get(x) ?? 0;
    if (n > 0) {
      shared++;
      left.set(x, n - 1);
    }
  }
  return (2 * shared) / (a.length + b.length);
}

/** Parses a traps file: one string a line, `#` comments, anything after a tab ignored. */
export function parseTraps(content: string): string[] {
  return content.split('\n').map((l) => l.split('\t')[0].replace(/\r$/, '')).filter((t) => t && !t.startsWith('#'));
}

export function parseGold(content: string): GoldClaim[] {
  return content.split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as GoldClaim);
}
