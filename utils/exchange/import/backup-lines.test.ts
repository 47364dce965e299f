import { describe, expect, it } from 'vitest';
import { generateLibrary, sampleLibrary } from '../../../tests/fixtures/exchange/sample-library';
import { backupText, flatBackupText } from '../../../tests/fixtures/exchange/backups';
import { webAnnotationChunks } from '../export/web-annotation';
import { parseBackupLines } from './backup-lines';
import { readImport, readImportBytes } from './read';

const NOW = new Date(Date.UTC(2026, 11, 1));
const utf8 = (text: string) => new TextEncoder().encode(text);

function library() {
  const saved = [...sampleLibrary(), ...generateLibrary(300, 6)];
  // An article longer than a decoding piece (64 KB), in Chinese: its line spans pieces.
  saved[0] = { ...saved[0], article: { ...saved[0].article, text: '临安区工业用地'.repeat(20_000) } };
  return saved;
}
const largeBackup = () => backupText(library(), { language: 'zh-CN', skipSites: ['a.example'] }, NOW);

describe('reading our backup by its lines', () => {
  it('gives the very document JSON.parse gives, across decoding pieces and after a byte order mark', () => {
    const text = largeBackup();
    expect(text.length).toBeGreaterThan(4 * 65_536);
    expect(parseBackupLines(utf8(text))?.document).toEqual(JSON.parse(text));
    expect(parseBackupLines(utf8('\uFEFF' + text))?.document).toEqual(JSON.parse(text));
    const empty = backupText([], {}, NOW);
    expect(parseBackupLines(utf8(empty))?.document).toEqual(JSON.parse(empty));
    // Versions 1 and 2 list articles, claims and notes apart, one a line too.
    for (const version of [1, 2] as const) {
      const flat = flatBackupText(library(), {}, NOW, version);
      expect(parseBackupLines(utf8(flat))).toEqual({ document: JSON.parse(flat), savedLines: [] });
    }
  });

  it('gives each saved article\'s line as its bytes, without the comma after it', () => {
    const text = largeBackup();
    const read = parseBackupLines(utf8('\uFEFF' + text))!;
    const expected = text.split('\n').filter((line) => line.startsWith('{"article":')).map((line) => utf8(line.replace(/,$/, '')));
    expect(read.savedLines).toEqual(expected);
    expect(read.savedLines.map((line) => JSON.parse(new TextDecoder().decode(line)))).toEqual(read.document.saved);
  });

  it('leaves anything not laid out exactly so to the whole-text reading', () => {
    const text = largeBackup();
    const doc = JSON.parse(text);
    const notOurs = [
      JSON.stringify(doc, null, 2), // reformatted
      JSON.stringify(doc), // one line
      text.slice(0, text.length / 2), // cut short
      text.trimEnd(), // no final line break
      text.replace('"saved":[\n{', '"saved":[\n{"__proto__":{"polluted":true},'), // a key to refuse with its place named
      text.replace(/,\{"id":"gen-a7-c2"/, ',\n{"id":"gen-a7-c2"'), // a record over two lines
      text.replace('"saved":[', '"kept":['), // a section of no version
      [...webAnnotationChunks(sampleLibrary(), NOW)].join(''),
      '',
    ];
    for (const other of notOurs) expect(parseBackupLines(utf8(other))).toBeNull();
  });

  it('gives lines only for the saved articles the document holds, when a later key names them again', () => {
    const text = backupText(sampleLibrary(), {}, NOW);
    const last = JSON.parse(text).saved[2];
    // JSON keeps the last of two equal keys: here the settings line's `saved`, not the section's lines.
    const renamed = text.replace(/"settings":(.*)\}\n$/, `"settings":$1,"saved":[${JSON.stringify(last)}]}\n`);
    expect(JSON.parse(renamed).saved).toEqual([last]);
    const read = readImportBytes(utf8(renamed));
    if (!read.ok) throw new Error('refused');
    expect(read.bundle.saved.map((s) => s.article.id)).toEqual([last.article.id]);
    for (const [id, line] of read.bundle.lines ?? []) expect(JSON.parse(new TextDecoder().decode(line)).article.id).toBe(id);
  });

  it('reads a file the same as its text is read, accepted or refused', () => {
    const text = largeBackup();
    const byLines = readImportBytes(utf8(text));
    const whole = readImport(text);
    if (!byLines.ok || !whole.ok) throw new Error('refused');
    // Read by lines, each saved article's line comes too, for the library to store as it is.
    const { lines, ...bundle } = byLines.bundle;
    expect(bundle).toEqual(whole.bundle);
    expect([...lines!.keys()]).toEqual(whole.bundle.saved.map((s) => s.article.id));
    const hostile = text.replace('"claims":[{', '"claims":[{"__proto__":{"polluted":true},');
    const refused = readImportBytes(utf8(hostile));
    expect(refused).toEqual(readImport(hostile, utf8(hostile).length));
    expect(refused).toMatchObject({ ok: false, refusal: { problems: [{ code: 'unsafe-key', path: 'saved[0].claims[0]', key: '__proto__' }] } });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    // A line the check made as it was read refuses: the whole text is read, and the problem named in its place.
    const wrongType = text.replace(/("id":"gen-a7-c2",[^}]*"value":)\d+/, '$1"12"');
    expect(wrongType).not.toBe(text);
    const wrong = readImportBytes(utf8(wrongType));
    expect(wrong).toEqual(readImport(wrongType, utf8(wrongType).length));
    expect(wrong).toMatchObject({ ok: false, refusal: { problems: [{ code: 'wrong-type', path: expect.stringMatching(/^saved\[\d+\]\.claims\[\d+\]\.value$/) }] } });
  });

  it('hands each saved article to the check as its line is read, and keeps what the check returns', () => {
    const text = backupText(sampleLibrary(), {}, NOW);
    const seen: unknown[] = [];
    const read = parseBackupLines(utf8(text), (parsed) => {
      seen.push(parsed);
      return { checked: seen.length };
    });
    expect(seen).toEqual(JSON.parse(text).saved);
    expect(read?.document.saved).toEqual([{ checked: 1 }, { checked: 2 }, { checked: 3 }]);
    expect(read?.savedLines).toHaveLength(3);
    expect(parseBackupLines(utf8(text), () => {
      throw new TypeError('refused');
    })).toBeNull();
  });

  it('stores no line whose check dropped a key, and keeps the rest of the file read by lines', () => {
    const text = backupText(sampleLibrary(), {}, NOW).replace('{"article":{"id":"a2"', '{"extra":1,"article":{"id":"a2"');
    const read = readImportBytes(utf8(text));
    if (!read.ok) throw new Error('refused');
    expect(read.bundle.saved.map((s) => s.article.id)).toEqual(['a1', 'a2', 'a3']);
    expect([...read.bundle.lines!.keys()]).toEqual(['a1', 'a3']);
  });

  it('stores no line of a file that gives its saved articles twice (JSON keeps the second), where each check went with a line of the first', () => {
    const text = backupText(sampleLibrary(), {}, NOW);
    const [head, rest] = text.split('\n"settings":');
    const again = head.replace('{"article":{"id":"a1"', '{"article":{"extra":1,"id":"a1"').replace(/^[^\n]*\n/, '');
    const twice = `${head}\n${again}\n"settings":${rest}`;
    expect(JSON.parse(twice).saved[0].article.extra).toBe(1);
    const read = readImportBytes(utf8(twice));
    const asText = readImport(twice, utf8(twice).length);
    if (!read.ok || !asText.ok) throw new Error('refused');
    expect(read.bundle.saved).toEqual(asText.bundle.saved);
    // The line of a1 that holds a key the check dropped is not stored as it is.
    const stored = [...(read.bundle.lines?.values() ?? [])].map((line) => new TextDecoder().decode(line));
    expect(stored.filter((line) => line.includes('"extra"'))).toEqual([]);
  });
});
