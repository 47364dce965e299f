import { describe, expect, it } from 'vitest';
import type { PageClaim } from '../messages';
import type { AnnotationRecord } from '../store/types';
import { CLAIM_KINDS } from '../settings';
import { NO_FILTER, claimStatus, groupByKind, matchesFilter, noteMatchesFilter } from './claim-filter';

function claim(id: string, kind: PageClaim['kind'], start: number, text: string, sentence: string, note?: Partial<AnnotationRecord>): PageClaim {
  return {
    id, kind, start, end: start + text.length, text, sentence, subject: sentence.slice(0, 6), value: 1, unit: 'mu',
    approx: 'exact', siValue: 1, siUnit: 'm2', origin: 'engine',
    annotation: note ? ({ status: 'unverified', note: '', tags: [], ...note } as AnnotationRecord) : undefined,
  };
}

// Figures from the seed article (临安区 industrial land reform).
const claims = [
  claim('a', 'area', 40, '1000亩', '累计盘活低效工业用地1000亩', { status: 'verified', note: '与区政府公告一致', tags: ['土地'] }),
  claim('b', 'percent', 10, '61.48%', '亩均税收增长61.48%'),
  claim('c', 'area', 5, '25万平方米', '新建标准厂房25万平方米', { status: 'disputed' }),
  claim('d', 'money', 80, '42.3亿元', '完成投资42.3亿元'),
];

describe('claim filters', () => {
  it('treat a claim without a note as unverified', () => {
    expect(claims.map(claimStatus)).toEqual(['verified', 'unverified', 'disputed', 'unverified']);
  });

  it.each([
    [{ kind: 'area' as const }, ['a', 'c']],
    [{ status: 'unverified' as const }, ['b', 'd']],
    [{ kind: 'area' as const, status: 'disputed' as const }, ['c']],
    [{ query: '工业用地' }, ['a']],
    [{ query: '区政府' }, ['a']],
    [{ query: '土地' }, ['a']],
    [{ query: '亿元 投资' }, ['d']],
    [{ query: '  ' }, ['a', 'b', 'c', 'd']],
    [{ query: 'nothing like this' }, []],
  ])('%j keeps %j', (filter, ids) => {
    expect(claims.filter((c) => matchesFilter(c, { ...NO_FILTER, ...filter })).map((c) => c.id)).toEqual(ids);
  });

  it('group by kind in kind order, page order within a kind', () => {
    expect(groupByKind(claims, CLAIM_KINDS).map(([kind, group]) => [kind, group.map((c) => c.id)])).toEqual([
      ['area', ['c', 'a']],
      ['percent', ['b']],
      ['money', ['d']],
    ]);
  });

  it('match free notes by status and words, never by kind', () => {
    const note = {
      anchor: { quote: { exact: '空间腾挪' } }, note: '需要核对规划文件', tags: ['规划'], status: 'disputed',
    } as AnnotationRecord;
    expect(noteMatchesFilter(note, NO_FILTER)).toBe(true);
    expect(noteMatchesFilter(note, { ...NO_FILTER, query: '腾挪 规划' })).toBe(true);
    expect(noteMatchesFilter(note, { ...NO_FILTER, status: 'verified' })).toBe(false);
    expect(noteMatchesFilter(note, { ...NO_FILTER, kind: 'area' })).toBe(false);
  });
});
