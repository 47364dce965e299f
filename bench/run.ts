/**
 * `npm run bench`: runs every `bench/*.bench.ts` module in turn. Each prints what it measures for
 * people and returns its named figures; the last line printed is one JSON object of all figures
 * (the bench convention of ../shared/spec/claims.md).
 *
 * A bench module: `export default async function bench(log: (line: string) => void): Promise<Record<string, number>>`.
 */
import { readdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

type Bench = (log: (line: string) => void) => Promise<Record<string, number>>;

const benchDir = dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
const files = (await readdir(benchDir))
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.some((name) => f.includes(name)))
  .sort();

const figures: Record<string, number> = {};
for (const file of files) {
  const mod = (await import(pathToFileURL(join(benchDir, file)).href)) as { default: Bench };
  console.log(`\n## ${file.replace('.bench.ts', '')}`);
  Object.assign(figures, await mod.default((line) => console.log(`  ${line}`)));
}
console.log(JSON.stringify(figures));
