import { describe, expect, it } from 'vitest';
import { seriesStyle } from './CompareChart';

describe('chart series styles', () => {
  it('gives every region its own colour and marker, past the eight colours of the palette', () => {
    const styles = Array.from({ length: 48 }, (_, i) => JSON.stringify(seriesStyle(i)));
    expect(new Set(styles).size).toBe(48);
    // The first eight keep the plain dots readers know; the ninth region is the first colour again, with another marker.
    expect(seriesStyle(0).shape).toBe('circle');
    expect(seriesStyle(8)).toEqual({ colour: seriesStyle(0).colour, shape: 'triangle' });
  });
});
