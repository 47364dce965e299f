import type { Claim } from './types';
export function extractEnglishClaims(text: string): Claim[] {
  void text;
  return [];
}
