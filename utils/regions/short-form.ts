/**
 * How articles shorten a division's name. Apart from the gazetteer (600 KB, background only) so that code holding
 * only a region (the card, the comparison) can use it.
 */
import { ETHNIC_GROUPS } from './common-words';

const ethnic = `(?:(?:${ETHNIC_GROUPS.join('|')})族?)+`;
const SHORT_FORM_RULES: RegExp[] = [
  new RegExp(`^(.{2,}?)${ethnic}自治(?:州|县|旗)$`),
  /^(.{2,}?)(?:壮族|回族|维吾尔)?自治区$/,
  /^(.{2,}?)特别行政区$/,
  /^(.{2,}?)(?:省|市|区|县|地区|盟|林区|特区)$/,
];

/** The name as articles shorten it (临安区 → 临安, 恩施土家族苗族自治州 → 恩施), or null if it has none. */
export function shortForm(name: string): string | null {
  for (const rule of SHORT_FORM_RULES) {
    const m = rule.exec(name);
    if (m) return m[1];
  }
  return null;
}
