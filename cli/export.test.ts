import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { sampleLibrary } from '../tests/fixtures/exchange/sample-library';
import { backupText } from '../tests/fixtures/exchange/backups';
import { BACKUP_VERSION } from '../utils/exchange/formats';
import { runExportCli } from './export';

const dir = mkdtempSync(join(tmpdir(), 'ff-export-cli-'));
const backup = join(dir, 'backup.json');
writeFileSync(backup, backupText(sampleLibrary(), {}, new Date()));

async function run(args: string[], tty = false) {
  const out: Array<string | Uint8Array> = [];
  const err: string[] = [];
  const code = await runExportCli(args, {
    stdout: { write: (chunk: string | Uint8Array) => out.push(chunk), isTTY: tty },
    stderr: { write: (chunk: string) => err.push(chunk) },
    now: new Date(Date.UTC(2026, 10, 30)),
  });
  return { code, stdout: out.map((c) => (typeof c === 'string' ? c : Buffer.from(c).toString('utf8'))).join(''), stderr: err.join('') };
}

describe('export command', () => {
  it('turns a backup into CSV on stdout by default', async () => {
    const { code, stdout, stderr } = await run([backup]);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const rows = Papa.parse<Record<string, string>>(stdout.slice(1), { header: true, skipEmptyLines: true }).data;
    expect(rows.map((r) => r['claim id'])).toEqual(['c1', 'c2', 'c3', 'c4', 'c5']);
  });

  it('writes a Markdown ZIP to --out, and will not print it to a terminal', async () => {
    const out = join(dir, 'notes.zip');
    expect((await run([backup, '--format', 'markdown', '--out', out])).code).toBe(0);
    expect(readFileSync(out).subarray(0, 4)).toEqual(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
    const tty = await run([backup, '--format', 'markdown'], true);
    expect(tty.code).toBe(2);
    expect(tty.stderr).toContain('give --out PATH');
  });

  it('converts a Hypothesis export into W3C notes', async () => {
    const { code, stdout } = await run([join(__dirname, '../tests/fixtures/exchange/hypothesis-export.json'), '--format', 'web-annotation']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).total).toBe(2);
  });

  it('explains a refused file on stderr and exits non-zero', async () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, readFileSync(backup, 'utf8').replace(`"version":${BACKUP_VERSION}`, '"version":9'));
    const { code, stdout, stderr } = await run([bad]);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe(`export: ${bad} was not read:\n  This backup has version 9; this Figure Finder reads versions 1 to ${BACKUP_VERSION}. Update Figure Finder to import it.\n`);
  });

  it('says what is wrong with the command line', async () => {
    expect((await run([])).stderr).toMatch(/^export: no FILE given\nusage:/);
    expect((await run([backup, '--format', 'xlsx'])).stderr).toContain('unknown format "xlsx"');
    expect((await run([join(dir, 'missing.json')])).stderr).toBe(`export: cannot read ${join(dir, 'missing.json')}: ENOENT\n`);
  });
});
