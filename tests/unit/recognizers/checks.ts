/**
 * How each kind of Recognizers-Text spec is checked against our claim model (see harness.ts).
 */
import type { Claim } from '../../../utils/quantities/types';
import { toBaseValue, unitFamily } from '../../../utils/quantities/units';
import { excludedUnit, near, type SpecCase } from './harness';

type Extract = (s: string) => Claim[];
export type Check = (c: SpecCase) => string | null | 'outside';

const list = (claims: Claim[]) => claims.map((x) => x.text).join(', ');

/** Every result's text parses to its value; a case with no results is a trap for the engine. */
export function numberCheck(parse: (s: string) => number | null, extract: Extract): Check {
  return (c) => {
    if (c.Results.length === 0) {
      const found = extract(c.Input);
      return found.length ? `reported ${list(found)}` : null;
    }
    for (const r of c.Results) {
      const want = Number(r.Resolution?.value);
      const got = parse(r.Text);
      if (got === null || !near(got, want)) return `${r.Text}: want ${want}, got ${got}`;
    }
    return null;
  };
}

/** Every percentage is found as a percent claim over the same text with the same value. */
export function percentCheck(extract: Extract): Check {
  return (c) => {
    const claims = extract(c.Input);
    if (c.Results.length === 0) return claims.length ? `reported ${list(claims)}` : null;
    for (const r of c.Results) {
      const want = Number(String(r.Resolution?.value).replace('%', ''));
      const hit = claims.find((x) => x.start <= r.End && r.Start < x.end && x.kind === 'percent');
      if (!hit) return `${r.Text}: not found`;
      const got = hit.unit === 'permille' ? hit.value / 10 : hit.value;
      if (!near(got, want)) return `${r.Text}: want ${want}%, got ${got}`;
    }
    return null;
  };
}

/** Recognizers unit names → our unit codes (the rest are listed in outside-model.json with a reason). */
const UNIT_CODES: Record<string, string> = {
  Mu: 'mu', 'Square meter': 'm2', 'Square kilometer': 'km2', Hectare: 'ha', Acre: 'acre',
  Meter: 'm', Kilometer: 'km', Centimeter: 'cm', Millimeter: 'mm', Mile: 'mile', Foot: 'ft',
  'Cubic meter': 'm3', Liter: 'L',
  Kilogram: 'kg', Gram: 'g', Ton: 't', 'Metric ton': 't', Jin: 'jin',
  Kilowatt: 'kW', Megawatt: 'MW',
  'Chinese yuan': 'CNY', 'United States dollar': 'USD', Dollar: 'USD', Euro: 'EUR',
  'Hong Kong dollar': 'HKD', 'Japanese yen': 'JPY', 'British pound': 'GBP',
};

/**
 * Recall of dimensions and amounts of money: every result whose unit is in our table is found as a
 * claim over the same text with the same quantity. Negative cases are traps.
 */
export function recallCheck(extract: Extract, fileKind: 'Dimension' | 'Currency'): Check {
  return (c) => {
    const claims = extract(c.Input);
    if (c.Results.length === 0) return claims.length ? `reported ${list(claims)}` : null;
    let checked = 0;
    for (const r of c.Results) {
      const unitName = r.Resolution?.unit;
      const key = fileKind === 'Currency' && unitName === 'Pound' ? 'British pound' : unitName ?? '';
      const code = UNIT_CODES[key];
      if (!code || r.Resolution?.value == null) {
        if (!excludedUnit(`${fileKind}:${unitName}`) && r.Resolution?.value != null) return `unit ${unitName} neither mapped nor excluded`;
        continue;
      }
      checked++;
      const want = Number(r.Resolution.value);
      const hit = claims.find((x) => x.start <= r.End && r.Start < x.end);
      if (!hit) return `${r.Text}: not found`;
      const same = unitFamily(hit.unit) === unitFamily(code) && near(toBaseValue(hit.value, hit.unit), toBaseValue(want, code));
      if (!same) return `${r.Text}: want ${want} ${code}, got ${hit.value} ${hit.unit}`;
    }
    return checked ? null : 'outside';
  };
}

/** Phone numbers are never claims; neither is anything in a case with no phone number. */
export function phoneCheck(extract: Extract): Check {
  return (c) => {
    const claims = extract(c.Input);
    const bad = c.Results.length
      ? claims.filter((x) => c.Results.some((r) => x.start <= r.End && r.Start < x.end))
      : claims;
    return bad.length ? `reported ${list(bad)}` : null;
  };
}
