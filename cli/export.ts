/**
 * `npm run --silent export -- FILE [--format backup|csv|markdown|web-annotation|claim-review] [--out PATH]`
 *
 * Converts a file the dashboard can import (a Figure Finder backup, W3C Web Annotations, a
 * Hypothesis export) into any export format, without a browser: a backup into CSV for a
 * spreadsheet, into Markdown notes for Obsidian, into ClaimReview for publishing. The file is read
 * and checked exactly as an import is; a refused file exits non-zero with one line per problem on stderr.
 * Output goes to stdout, or to PATH with --out (required for the Markdown ZIP on a terminal).
 */
import { readFile, stat, writeFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { exchangeStrings } from '../components/exchange-strings';
import { exportLibrary } from '../utils/exchange/export';
import type { ExportFormat } from '../utils/exchange/formats';
import { readImportBytes, refuseOversizedFile, type ReadResult } from '../utils/exchange/import/read';
import { planMerge } from '../utils/exchange/merge';

const FORMATS: readonly ExportFormat[] = ['backup', 'csv', 'markdown', 'web-annotation', 'claim-review'];
const USAGE = `usage: npm run --silent export -- FILE [--format ${FORMATS.join('|')}] [--out PATH]`;

export interface CliIo {
  stdout: { write(chunk: string | Uint8Array): unknown; isTTY?: boolean };
  stderr: { write(chunk: string): unknown };
  now?: Date;
}

function parseArgs(args: string[]): { file: string; format: ExportFormat; out?: string } | string {
  let file: string | undefined;
  let format: ExportFormat = 'csv';
  let out: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--format' || arg === '--out') {
      const value = args[++i];
      if (value === undefined) return `${arg} needs a value`;
      if (arg === '--out') out = value;
      else if ((FORMATS as readonly string[]).includes(value)) format = value as ExportFormat;
      else return `unknown format "${value}" (one of ${FORMATS.join(', ')})`;
    } else if (arg.startsWith('--')) return `unknown option ${arg}`;
    else if (file === undefined) file = arg;
    else return `one file at a time (got ${file} and ${arg})`;
  }
  return file === undefined ? 'no FILE given' : { file, format, out };
}

export async function runExportCli(args: string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(args);
  if (typeof parsed === 'string') {
    io.stderr.write(`export: ${parsed}\n${USAGE}\n`);
    return 2;
  }
  let read: ReadResult;
  try {
    const bytes = (await stat(parsed.file)).size;
    read = refuseOversizedFile(bytes) ?? readImportBytes(await readFile(parsed.file));
  } catch (error) {
    io.stderr.write(`export: cannot read ${parsed.file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}\n`);
    return 1;
  }
  if (!read.ok) {
    const strings = exchangeStrings('en');
    io.stderr.write(`export: ${parsed.file} was not read:\n`);
    for (const problem of read.refusal.problems) io.stderr.write(`  ${strings.problem(problem)}\n`);
    const more = read.refusal.total - read.refusal.problems.length;
    if (more > 0) io.stderr.write(`  ${strings.moreProblems(more)}\n`);
    return 1;
  }
  // Planned against an empty library, every record of the file becomes a whole article to export.
  const saved = planMerge(read.bundle, { articles: [], claims: [], annotations: [] }).writes;
  const output = exportLibrary({ format: parsed.format, saved, settings: read.bundle.settings ?? {}, now: io.now ?? new Date() });
  if (parsed.out) {
    await writeFile(parsed.out, output.parts.map((part) => (typeof part === 'string' ? Buffer.from(part, 'utf8') : part)));
    io.stderr.write(`export: ${saved.length} articles written to ${parsed.out}\n`);
    return 0;
  }
  if (parsed.format === 'markdown' && io.stdout.isTTY) {
    io.stderr.write('export: the Markdown export is a ZIP archive; give --out PATH or redirect stdout to a file\n');
    return 2;
  }
  for (const part of output.parts) io.stdout.write(part);
  return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.exitCode = await runExportCli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr });
}
