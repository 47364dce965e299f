import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { sampleLibrary } from '../../../tests/fixtures/exchange/sample-library';
import { regionOfFigure } from '../../articles/figure-region';
import { CSV_BOM, CSV_COLUMNS, CSV_NUMBER_COLUMNS, NOTE_SEPARATOR, claimsCsvChunks, neutralizeFormula } from './csv';

const csv = [...claimsCsvChunks(sampleLibrary())].join('');

/** Reading a cell back as a person sees it in a spreadsheet: the neutralizing apostrophe removed. */
function unneutralize(cell: string): string {
  return /^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}

function parse(text: string): Record<string, string>[] {
  const result = Papa.parse<Record<string, string>>(text.slice(CSV_BOM.length), { header: true, skipEmptyLines: true });
  expect(result.errors).toEqual([]);
  return result.data;
}

describe('claims CSV', () => {
  it('starts with a UTF-8 BOM and ends every row with CRLF', () => {
    expect(csv.startsWith(CSV_BOM)).toBe(true);
    const bytes = new TextEncoder().encode(csv);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    // Every LF outside a quoted cell is part of a CRLF: the only bare LFs are inside quoted multi-line notes.
    const outsideQuotes = csv.replace(/"(?:[^"]|"")*"/g, '');
    expect(outsideQuotes.match(/\r?\n/g)?.every((eol) => eol === '\r\n')).toBe(true);
  });

  it('parses back with papaparse into one row per claim that equals the claims', () => {
    const rows = parse(csv);
    const library = sampleLibrary();
    const claims = library.flatMap((s) => s.claims.map((c) => ({ c, s })));
    expect(rows).toHaveLength(claims.length);
    expect(Object.keys(rows[0])).toEqual([...CSV_COLUMNS]);
    claims.forEach(({ c, s }, i) => {
      const row = rows[i];
      expect(unneutralize(row['article title'])).toBe(s.article.title);
      expect(row.url).toBe(s.article.url);
      expect(row.date).toBe(s.article.date ?? '');
      expect(row.regions.split('、')).toEqual(s.article.regions.length ? s.article.regions.map((r) => r.name) : ['']);
      expect(row['figure region']).toBe(regionOfFigure(c.sentence, s.article.regions)?.name ?? '');
      expect(unneutralize(row.text)).toBe(c.text);
      expect(Number(row.value)).toBe(c.value);
      expect(row.unit).toBe(c.unit);
      expect(Number(row['normalized value'])).toBe(c.siValue);
      expect(row['normalized unit']).toBe(c.siUnit);
      expect(row.kind).toBe(c.kind);
      expect(row.qualifier).toBe(c.approx);
      expect(row['range low']).toBe(c.range ? String(c.range.low) : '');
      expect(row['range high']).toBe(c.range ? String(c.range.high) : '');
      expect(row.change).toBe(c.change ?? '');
      expect(unneutralize(row.subject)).toBe(c.subject);
      expect(unneutralize(row.sentence)).toBe(c.sentence);
      expect(row['claim id']).toBe(c.id);
      expect(row['article id']).toBe(s.article.id);
    });
  });

  it('gives each figure the region its sentence names, beside all the article’s regions', () => {
    const [first] = sampleLibrary();
    const huzhou = { name: '湖州市', code: '330500', level: 'city' as const, path: ['浙江省', '湖州市'] };
    const anji = { name: '安吉县', code: '330523', level: 'county' as const, path: ['浙江省', '湖州市', '安吉县'] };
    const [claim] = first.claims;
    const saved = {
      ...first,
      article: { ...first.article, regions: [anji, huzhou] },
      claims: [{ ...claim, sentence: '湖州全市供应工业用地1000亩。' }, { ...claim, id: 'c1b', sentence: '其中安吉供应300亩。' }],
    };
    const rows = parse([...claimsCsvChunks([saved])].join(''));
    expect(rows.map((r) => [r.regions, r['figure region']])).toEqual([
      ['安吉县、湖州市', '湖州市'],
      ['安吉县、湖州市', '安吉县'],
    ]);
  });

  it('folds a claim’s notes into status, corrected value, note and tags', () => {
    const rows = parse(csv);
    const land = rows.find((r) => r['claim id'] === 'c1')!;
    // n2 is the newer note but gives no verdict, so the verdict is n1's.
    expect(land.status).toBe('verified');
    expect(land.note.split(NOTE_SEPARATOR)).toEqual(['与国土局公告一致。', '第二位读者：\n面积单位是亩。']);
    expect(land.tags).toBe('用地; 核实');
    const tax = rows.find((r) => r['claim id'] === 'c3')!;
    expect(tax.status).toBe('wrong');
    expect(tax['corrected value']).toBe('-42.3');
    expect(tax.note).toBe("'-数字有误 =1+1");
    expect(tax.tags).toBe("'@税收");
  });

  it('neutralizes text cells that a spreadsheet would run as formulas, but keeps negative numbers as numbers', () => {
    const rows = parse(csv);
    const drop = rows.find((r) => r['claim id'] === 'c2')!;
    expect(drop.value).toBe('-5');
    expect(drop['normalized value']).toBe('-5');
    expect(drop.text).toBe("'-5%");
    expect(drop.subject).toBe("'-5%的降幅");
    expect(rows.find((r) => r['claim id'] === 'c3')!.subject).toBe("'=亩均税收");
    expect(rows.find((r) => r['claim id'] === 'c4')!.subject).toBe("'@整治高耗低效企业");
    expect(rows.find((r) => r['claim id'] === 'c5')!.subject).toBe("'+park, \"covers\"");
    for (const row of rows) {
      for (const [column, cell] of Object.entries(row)) {
        if (CSV_NUMBER_COLUMNS.has(column)) expect(cell === '' || Number.isFinite(Number(cell))).toBe(true);
        else expect(cell).not.toMatch(/^[=+\-@\t\r]/);
      }
    }
  });

  it.each([
    ['=1+1', "'=1+1"], ['+86 571', "'+86 571"], ['-x', "'-x"], ['@SUM(A1)', "'@SUM(A1)"], ['\t=1', "'\t=1"],
    ['\r=1', "'\r=1"], ['1000亩', '1000亩'], ['', ''], ["'already", "'already"],
  ])('neutralizeFormula(%j) → %j', (input, expected) => {
    expect(neutralizeFormula(input)).toBe(expected);
  });
});
