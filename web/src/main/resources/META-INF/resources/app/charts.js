// Charts drawn by Chart.js (the WebJar loaded by index.html as window.Chart). Every chart has a table or
// figures next to it with the same numbers, so it is decoration for the eye, not the only way to read them.
import { h } from './dom.js';

export const STATUS_COLOURS = {
  ACHIEVED: '#1a7f37', ON_TRACK: '#2da44e', AT_RISK: '#bf8700', BEHIND: '#cf222e', MISSED: '#82071e',
};
const NEUTRAL = '#8c959f';
const ACCENT = '#0969da';
const LEAK = '#cf222e';

function chartLib() {
  return window.Chart;
}

/** A canvas in a sized box, with the chart drawn once it is in the document. */
function canvas(label, config, height) {
  const c = h('canvas', { role: 'img', 'aria-label': label });
  const box = h('div', { class: 'chart', style: `height:${height}px` }, c);
  const Chart = chartLib();
  if (Chart) {
    requestAnimationFrame(() => {
      if (!c.isConnected) return;
      Chart.getChart(c)?.destroy();
      new Chart(c, { ...config, options: { animation: false, responsive: true, maintainAspectRatio: false, ...config.options } });
    });
  }
  return box;
}

/** Destroys the charts inside el before it is redrawn. */
export function releaseCharts(el) {
  const Chart = chartLib();
  if (!Chart) return;
  el.querySelectorAll('canvas').forEach((c) => Chart.getChart(c)?.destroy());
}

/** Target, expected to date (the pace marker) and actual of one goal, as three horizontal bars. */
export function goalBars(label, { target, expected, actual, status }, names) {
  const values = [target, expected, actual];
  return canvas(label, {
    type: 'bar',
    data: {
      labels: names,
      datasets: [{
        data: values.map((v) => (v == null ? 0 : v)),
        backgroundColor: [NEUTRAL, 'rgba(9,105,218,0.25)', STATUS_COLOURS[status] || ACCENT],
        borderColor: [NEUTRAL, ACCENT, STATUS_COLOURS[status] || ACCENT],
        borderWidth: [0, 2, 0],
      }],
    },
    options: { indexAxis: 'y', plugins: { legend: { display: false } }, scales: { x: { beginAtZero: true } } },
  }, 110);
}

/** Horizontal bars, one per label (reps' attainment in %, stages' amounts, …); highlight marks some bars. */
export function bars(label, labels, values, { highlight = () => false, percent = false, colour = ACCENT } = {}) {
  return canvas(label, {
    type: 'bar',
    data: {
      labels,
      datasets: [{ data: values.map((v) => (v == null ? 0 : v)), backgroundColor: labels.map((_, i) => (highlight(i) ? LEAK : colour)) }],
    },
    options: {
      indexAxis: 'y',
      plugins: { legend: { display: false } },
      scales: { x: { beginAtZero: true, suggestedMax: percent ? 100 : undefined, ticks: percent ? { callback: (v) => `${v}%` } : {} } },
    },
  }, Math.max(120, 34 * labels.length + 40));
}

/** Grouped vertical bars: several series over the same labels (required against done today). */
export function grouped(label, labels, series) {
  const palette = [NEUTRAL, ACCENT, '#2da44e'];
  return canvas(label, {
    type: 'bar',
    data: { labels, datasets: series.map((s, i) => ({ label: s.label, data: s.values, backgroundColor: palette[i % palette.length] })) },
    options: { scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } },
  }, 220);
}
