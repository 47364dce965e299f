import { describe, expect, it } from 'vitest';
import { generateLibrary, sampleLibrary } from '../../../tests/fixtures/exchange/sample-library';
import { backupChunks } from '../export/backup';
import { webAnnotationChunks } from '../export/web-annotation';
import { parseBackupLines } from './backup-lines';
import { readImport, readImportBytes } from './read';

const NOW = new Date(Date.UTC(2026, 11, 1));
const utf8 = (text: string) => new TextEncoder().encode(text);

function backupText(): string {
  const library = [...sampleLibrary(), ...generateLibrary(300, 6)];
  // An article longer than a decoding piece (64 KB), in Chinese: its line spans pieces.
  library[0] = { ...library[0], article: { ...library[0].article, text: '临安区工业用地'.repeat(20_000) } };
  return [...backupChunks(library, { language: 'zh-CN', skipSites: ['a.example'] }, NOW)].join('');
}

describe('reading our backup by its lines', () => {
  it('gives the very document JSON.parse gives, across decoding pieces and after a byte order mark', () => {
    const text = backupText();
    expect(text.length).toBeGreaterThan(4 * 65_536);
    expect(parseBackupLines(utf8(text))).toEqual(JSON.parse(text));
    expect(parseBackupLines(utf8('\uFEFF' + text))).toEqual(JSON.parse(text));
    const empty = [...backupChunks([], {}, NOW)].join('');
    expect(parseBackupLines(utf8(empty))).toEqual(JSON.parse(empty));
  });

  it('leaves anything not laid out exactly so to the whole-text reading', () => {
    const text = backupText();
    const doc = JSON.parse(text);
    const notOurs = [
      JSON.stringify(doc, null, 2), // reformatted
      JSON.stringify(doc), // one line
      text.slice(0, text.length / 2), // cut short
      text.trimEnd(), // no final line break
      text.replace('"claims":[\n{', '"claims":[\n{"__proto__":{"polluted":true},'), // a key to refuse with its place named
      text.replace(/,\n\{"id":"gen-a7-c2"/, ',\n{"id":\n"gen-a7-c2"'), // a record over two lines
      [...webAnnotationChunks(sampleLibrary(), NOW)].join(''),
      '',
    ];
    for (const other of notOurs) expect(parseBackupLines(utf8(other))).toBeNull();
  });

  it('reads a file the same as its text is read, accepted or refused', () => {
    const text = backupText();
    expect(readImportBytes(utf8(text))).toEqual(readImport(text));
    const hostile = text.replace('"claims":[\n{', '"claims":[\n{"__proto__":{"polluted":true},');
    const refused = readImportBytes(utf8(hostile));
    expect(refused).toEqual(readImport(hostile, utf8(hostile).length));
    expect(refused).toMatchObject({ ok: false, refusal: { problems: [{ code: 'unsafe-key', path: 'claims[0]', key: '__proto__' }] } });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
