import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { initI18n } from '../utils/i18n';
import { barsLabel, seriesStyle } from './CompareChart';

describe('chart series styles', () => {
  it('gives every region its own colour and marker, past the eight colours of the palette', () => {
    const styles = Array.from({ length: 48 }, (_, i) => JSON.stringify(seriesStyle(i)));
    expect(new Set(styles).size).toBe(48);
    // The first eight keep the plain dots readers know; the ninth region is the first colour again, with another marker.
    expect(seriesStyle(0).shape).toBe('circle');
    expect(seriesStyle(8)).toEqual({ colour: seriesStyle(0).colour, shape: 'triangle' });
  });
});

describe('the bar chart for screen readers', () => {
  const bars = [{ region: '临安区', value: 1350 }, { region: '安吉县', value: 1200.456 }];
  afterEach(async () => {
    await initI18n('en', async () => ({}));
  });

  it('names the unit, then each region with its figure, in the interface language’s punctuation', async () => {
    fakeBrowser.i18n.getUILanguage = () => 'en-US';
    await initI18n('en', async () => ({}));
    expect(barsLabel(bars, 'mu')).toBe('Latest figure by region (mu): 临安区 1,350 and 安吉县 1,200.46');
    await initI18n('zh-CN', async () => ({}));
    expect(barsLabel(bars, '亩')).toBe('各地区最新数据（亩）：临安区 1,350和安吉县 1,200.46');
  });
});
