import { describe, expect, it } from 'vitest';
import { alternation, DEVELOPMENT_TABLES, NEUTRAL_TABLES, OFF_TOPIC_GROUPS, OFF_TOPIC_TABLES, TERM_TABLES } from './vocabulary';

describe('vocabulary', () => {
  // The loader's quick check joins the terms into one pattern without escaping them (see quick-check.ts).
  it('holds plain words only, without regular-expression syntax', () => {
    const terms = TERM_TABLES.flatMap((table) => table.terms);
    expect(terms.filter((term) => /[.*+?^${}()|[\]\\]/.test(term))).toEqual([]);
    expect(terms.filter((term) => term.trim() !== term || term === '')).toEqual([]);
  });
});

describe('the tables', () => {
  // The loader's quick look reads DEVELOPMENT_TABLES alone, so that the off-topic genres stay out of its bundle.
  it('keep the development and government words apart from the off-topic genres, and TERM_TABLES holds both', () => {
    expect(new Set(DEVELOPMENT_TABLES.map((t) => t.group))).toEqual(new Set(['policy', 'government']));
    expect(OFF_TOPIC_TABLES.every((t) => OFF_TOPIC_GROUPS.includes(t.group))).toBe(true);
    expect(new Set(OFF_TOPIC_TABLES.map((t) => t.group))).toEqual(new Set(OFF_TOPIC_GROUPS));
    expect(TERM_TABLES).toEqual([...DEVELOPMENT_TABLES, ...OFF_TOPIC_TABLES, ...NEUTRAL_TABLES]);
  });

  // A neutral word is there to keep a word it holds from counting: an off-topic one (the 比分 of 同比分别) or a
  // development one (the 民生 of 居民生活).
  it('hold neutral words only where they hold a word of another table, and give them no weight', () => {
    const counted = [...DEVELOPMENT_TABLES, ...OFF_TOPIC_TABLES].flatMap((t) => t.terms);
    for (const table of NEUTRAL_TABLES) {
      expect(table.weight).toBe(0);
      for (const term of table.terms) expect(counted.some((word) => term.includes(word) && term !== word), term).toBe(true);
    }
  });
});

describe('alternation', () => {
  it('puts longer terms first, so a pattern takes 产业园区 whole rather than 产业园', () => {
    const source = alternation(['产业园', '园区', '产业园区', 'land']);
    expect(source.split('|')).toEqual(['产业园区', 'land', '产业园', '园区']);
    expect('临安产业园区'.match(new RegExp(source, 'g'))).toEqual(['产业园区']);
  });
});
