/**
 * What a claim card says about a figure's value: the normalized forms a reader compares with
 * (1000亩 → 666,667 m² and 66.67 ha; 42.3亿元 → 4,230,000,000 yuan). Conversions come from the
 * engine's unit table (utils/quantities/units.ts), so the card and the engine never disagree.
 */
import { unitInfo } from '../utils/quantities/units';
import type { Claim } from '../utils/quantities/types';

export type CardLocale = 'zh-CN' | 'en';

/** Units to also show a figure in, by unit family (base unit). The figure's own unit is skipped. */
const NORMALIZED_UNITS: Record<string, string[]> = {
  m2: ['m2', 'ha', 'mu', 'km2'],
  m: ['m', 'km'],
  m3: ['m3'],
  kg: ['kg', 't'],
  W: ['kW', 'MW'],
  V: ['kV'],
  Wh: ['kWh'],
  s: ['day'],
};

/** Below this share of a unit the figure is not shown in it (0.0002 km² says nothing). */
const SMALLEST_USEFUL = 0.01;

export function formatNumber(value: number, locale: CardLocale): string {
  const abs = Math.abs(value);
  // Whole numbers for large values, cents-like precision in between, two significant digits below 1.
  const options: Intl.NumberFormatOptions =
    abs >= 1000 ? { maximumFractionDigits: 0 } : abs >= 1 || abs === 0 ? { maximumFractionDigits: 2 } : { maximumSignificantDigits: 2 };
  return new Intl.NumberFormat(locale, options).format(value);
}

function unitLabel(code: string, locale: CardLocale): string {
  const info = unitInfo(code);
  const label = info ? (locale === 'zh-CN' ? info.label.zh : info.label.en) : '';
  return label || code;
}

/** `1,000 mu` / `1,000 亩`: a value with its unit, in the interface language. */
export function withUnit(value: number, code: string, locale: CardLocale): string {
  const label = unitLabel(code, locale);
  const n = formatNumber(value, locale);
  // Chinese units follow the number directly; English ones after a space (but %, ‰ attach).
  const tight = locale === 'zh-CN' || /^[%‰×]/.test(label);
  return tight ? `${n}${label}` : `${n} ${label}`;
}

/** The figure in comparable units, one string each; empty when there is nothing to add. */
export function normalizedValues(claim: Pick<Claim, 'unit' | 'value' | 'siValue' | 'siUnit' | 'kind'>, locale: CardLocale): string[] {
  if (!Number.isFinite(claim.siValue)) return [];
  if (claim.kind === 'money') {
    const out = [withUnit(claim.siValue, claim.siUnit, locale)];
    // The whole amount, then a compact form readers of either language recognise (42.3亿 / 4.23B).
    if (Math.abs(claim.siValue) >= 10000) {
      const compact = new Intl.NumberFormat(locale, { notation: 'compact', maximumFractionDigits: 2 }).format(claim.siValue);
      out.push(`${compact} ${unitLabel(claim.siUnit, locale)}`.trim());
    }
    return out[0] === claim.siUnit ? [] : out;
  }
  const targets = NORMALIZED_UNITS[claim.siUnit];
  if (!targets) return [];
  const out: string[] = [];
  for (const code of targets) {
    if (code === claim.unit) continue;
    const info = unitInfo(code);
    if (!info || info.base !== claim.siUnit) continue;
    const value = claim.siValue / info.factor;
    if (Math.abs(value) < SMALLEST_USEFUL && value !== 0) continue;
    out.push(withUnit(value, code, locale));
  }
  return out;
}
