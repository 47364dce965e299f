/**
 * The comparison as two charts (chart.js): the latest figure per region as bars, and every dated
 * figure as points over time, one colour per region. Canvas is invisible to screen readers, so each
 * chart has a label and the table beside it carries the same values.
 */
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  PointElement,
  ScatterController,
  Tooltip,
} from 'chart.js';
import { useEffect, useRef } from 'preact/hooks';
import { chartData, type Comparison } from '../utils/comparison/compare';
import { currentLocale, formatList, formatNumber, labelled } from '../utils/i18n';
import { s } from './dashboard-strings';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, ScatterController, PointElement, Tooltip, Legend);

// Distinguishable in light and dark schemes (Okabe–Ito palette).
const COLOURS = ['#0072B2', '#E69F00', '#009E73', '#D55E00', '#CC79A7', '#56B4E9', '#F0E442', '#000000'];
// Past eight regions the colours repeat, so each round of colours gets its own marker shape.
const SHAPES = ['circle', 'triangle', 'rect', 'rectRot', 'star', 'crossRot'] as const;

/** The colour and marker of the `i`-th region's series: no two alike for the first 48 regions. */
export function seriesStyle(i: number): { colour: string; shape: (typeof SHAPES)[number] } {
  return { colour: COLOURS[i % COLOURS.length], shape: SHAPES[Math.floor(i / COLOURS.length) % SHAPES.length] };
}
const DAY_MS = 86_400_000;

/** What the bar chart shows, for screen readers: the unit, then each region with its latest figure. */
export function barsLabel(bars: ReadonlyArray<{ region: string; value: number }>, unit: string): string {
  return labelled(s('chartBarsIn', unit), formatList(bars.map((b) => `${b.region} ${formatNumber(b.value, { maximumFractionDigits: 2 })}`)));
}

export function CompareChart({ comparison }: { comparison: Comparison }) {
  const barsRef = useRef<HTMLCanvasElement>(null);
  const pointsRef = useRef<HTMLCanvasElement>(null);
  const zh = currentLocale() === 'zh-CN';
  const unit = zh ? comparison.unit.zh : comparison.unit.en;
  const data = chartData(comparison, (region) => region?.name ?? s('unknownRegion'));

  useEffect(() => {
    const colour = (i: number) => seriesStyle(i).colour;
    const text = getComputedStyle(document.documentElement).getPropertyValue('--fg').trim() || '#1b1f23';
    Chart.defaults.color = text;
    const valueAxis = { beginAtZero: true, title: { display: true, text: unit }, ticks: { callback: (v: number | string) => formatNumber(Number(v)) } };
    const bars = new Chart(barsRef.current!, {
      type: 'bar',
      data: {
        labels: data.bars.map((b) => b.region),
        datasets: [{ label: unit, data: data.bars.map((b) => b.value), backgroundColor: data.bars.map((_, i) => colour(i)) }],
      },
      options: { animation: false, responsive: true, maintainAspectRatio: false, plugins: { legend: { display: false } }, scales: { y: valueAxis } },
    });
    const points = new Chart(pointsRef.current!, {
      type: 'scatter',
      data: {
        datasets: data.points.map((series, i) => ({
          label: series.region,
          data: series.data.map((p) => ({ x: Date.parse(p.x), y: p.y })),
          backgroundColor: colour(i),
          borderColor: colour(i),
          pointStyle: seriesStyle(i).shape,
          pointRadius: 5,
        })),
      },
      options: {
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        scales: {
          x: { type: 'linear', ticks: { stepSize: 30 * DAY_MS, callback: (v: number | string) => new Date(Number(v)).toISOString().slice(0, 7) } },
          y: valueAxis,
        },
        plugins: {
          legend: { labels: { usePointStyle: true } },
          tooltip: {
            callbacks: {
              label: (item) => labelled(item.dataset.label ?? '', `${new Date(item.parsed.x ?? 0).toISOString().slice(0, 10)} · ${formatNumber(item.parsed.y ?? 0)} ${unit}`),
            },
          },
        },
      },
    });
    return () => {
      bars.destroy();
      points.destroy();
    };
  }, [comparison]);

  return (
    <div class="compare-charts">
      <figure>
        <figcaption>{s('chartBars')}</figcaption>
        <div class="chart-box">
          <canvas ref={barsRef} role="img" aria-label={barsLabel(data.bars, unit)} />
        </div>
      </figure>
      <figure>
        <figcaption>{s('chartPoints')}</figcaption>
        <div class="chart-box">
          <canvas ref={pointsRef} role="img" aria-label={s('chartSummary', comparison.rows.length)} />
        </div>
      </figure>
    </div>
  );
}
