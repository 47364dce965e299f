import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sampleLibrary } from '../../../tests/fixtures/exchange/sample-library';
import { backupText, flatBackupText } from '../../../tests/fixtures/exchange/backups';
import { GENERATED_FILE, parsersSource } from './compile-parsers';
import { parseArticles, parseClaims, parseSavedArticle } from './parsers.generated';
import { backupArrays, savedArticleSchema } from './schemas';
import { INVALID } from 'zod/v4/core';

describe('the compiled import parsers', () => {
  it('are compiled from the schemas as they are now (else run: npx tsx utils/exchange/import/compile-parsers.ts)', () => {
    expect(readFileSync(GENERATED_FILE, 'utf8')).toBe(parsersSource());
  });

  it('give what the schema gives for records it accepts, and hand anything doubtful back to it', () => {
    const { saved } = JSON.parse(backupText(sampleLibrary(), {}, new Date(0)));
    for (const article of saved) expect(parseSavedArticle(article)).toEqual(savedArticleSchema.parse(article));
    expect(parseSavedArticle({ ...saved[0], claims: [{ ...saved[0].claims[0], value: '12' }] })).toBe(INVALID);
    const backup = JSON.parse(flatBackupText(sampleLibrary(), {}, new Date(0)));
    for (const name of ['articles', 'claims'] as const) {
      const parse = name === 'articles' ? parseArticles : parseClaims;
      expect(parse(backup[name])).toEqual(backupArrays[name].parse(backup[name]));
    }
    const claim = backup.claims[0];
    expect(parseClaims([{ ...claim, extra: '<b>' }])).toEqual([claim]); // unknown keys dropped, as zod does
    expect(parseClaims([{ ...claim, value: '12' }])).toBe(INVALID);
    expect(parseClaims([{ ...claim, id: '' }])).toBe(INVALID);
    expect(parseArticles([{ ...backup.articles[0], url: 'javascript:alert(1)' }])).toBe(INVALID);
  });
});
