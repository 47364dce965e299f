/**
 * Building a Claim from what an engine found: fills the base-unit value and family from the unit table.
 * Shared by the Chinese and English engines.
 */
import type { Approx, Change, Claim, ClaimRange } from './types';
import { roundSig, unitInfo } from './units';

export interface Found {
  start: number;
  end: number;
  value: number;
  unit: string;
  approx: Approx;
  change?: Change;
  range?: ClaimRange;
  subject: string;
  sentence: string;
}

export function makeClaim(text: string, f: Found): Claim {
  // One look-up in the unit table (what toBaseValue and unitFamily each do; a rate code builds its row anew).
  const info = unitInfo(f.unit);
  const factor = info?.factor ?? 1;
  const claim: Claim = {
    start: f.start,
    end: f.end,
    text: text.slice(f.start, f.end),
    value: f.value,
    unit: f.unit,
    kind: info?.kind ?? 'other',
    approx: f.approx,
    siValue: factor === 1 ? f.value : roundSig(f.value * factor),
    siUnit: info?.base ?? f.unit,
    subject: f.subject,
    sentence: f.sentence,
  };
  if (f.change) claim.change = f.change;
  if (f.range) claim.range = f.range;
  return claim;
}

const LINE_BREAK = /\s*\n\s*/g;
const SPACE_RUN = /[ \t\u00a0\u3000]+/g;

/** Text with line breaks and the spaces around them removed (PDF and e-paper text breaks mid-sentence). */
export function joinLines(s: string, keepSpace: boolean): string {
  // Most sentences hold no line break: skip that regex (its \s* runs are tried at every position).
  const joined = s.includes('\n') ? s.replace(LINE_BREAK, keepSpace ? ' ' : '') : s;
  return joined.replace(SPACE_RUN, ' ').trim();
}
