// The repayment chart: interest per period (per year beyond 36 periods), split into the
// part the borrower pays and the 贴息, as an SVG with axes, labels and values. Principal is
// left to the table: beside it the interest, and so the subsidy, would be a sliver.
import { svg, h } from './dom.js';

const COLORS = { borrower_interest: '#b35c00', subsidy: '#2f8f4e', interest: '#b35c00' };

/** A round step for about `n` ticks up to `max`. */
function niceStep(max, n = 4) {
  const raw = max / n;
  const mag = 10 ** Math.floor(Math.log10(raw || 1));
  const f = raw / mag;
  return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 2.5 ? 2.5 : f <= 5 ? 5 : 10) * mag;
}
const short = (v) => (v >= 10000 ? `${(v / 10000).toFixed(v % 10000 ? 1 : 0)}万` : String(Math.round(v)));
const shortEn = (v) => (v >= 1000 ? `${(v / 1000).toFixed(v % 1000 ? 1 : 0)}k` : String(Math.round(v)));

/** `s`: the engine's schedule; `t`: strings; `withSubsidy`: whether there is a 贴息. */
export function chart(s, t, lang, withSubsidy, { width = 640, fontPx = 13 } = {}) {
  const keys = withSubsidy ? ['borrower_interest', 'subsidy'] : ['interest'];
  const rows = [];
  const yearly = s.periods.length > 36;
  for (let i = 0; i < s.periods.length; i += yearly ? 12 : 1) {
    const part = s.periods.slice(i, i + (yearly ? 12 : 1));
    const row = { label: yearly ? t.year.replace('{n}', i / 12 + 1) : String(part[0].n) };
    // Display only: the exact figures are in the table.
    for (const k of keys) row[k] = part.reduce((a, p) => a + Number(p[k]), 0);
    rows.push(row);
  }
  // Drawn at the size it is shown, so its text stays as large as the widget's.
  const f = Math.round(fontPx);
  const W = Math.max(280, Math.min(900, Math.round(width)));
  const H = Math.round(Math.max(200, W * 0.45) + f * 3);
  const left = f * 3.6, right = 8, top = f * 3.4, bottom = f * 2.2;
  const total = (r) => keys.reduce((a, k) => a + r[k], 0);
  const max = Math.max(1, ...rows.map(total));
  const step = niceStep(max);
  const top_ = Math.ceil(max / step) * step;
  const y = (v) => top + (H - top - bottom) * (1 - v / top_);
  const bw = (W - left - right) / rows.length;
  const fmt = lang === 'en' ? shortEn : short;
  const g = svg('svg', { viewBox: `0 0 ${W} ${H}`, class: 'chart', role: 'img', 'aria-label': t.chartLabel, 'font-size': f });
  g.append(svg('text', { x: 0, y: f, 'font-weight': 700 }, withSubsidy ? t.chartTitle : t.chartInterestTitle));
  for (let v = 0; v <= top_ + 1e-9; v += step) {
    g.append(svg('line', { x1: left, x2: W - right, y1: y(v).toFixed(1), y2: y(v).toFixed(1), stroke: '#d0d7de', 'stroke-width': 1 }));
    g.append(svg('text', { x: left - 6, y: (y(v) + f * 0.35).toFixed(1), 'text-anchor': 'end' }, fmt(v)));
  }
  g.append(svg('line', { x1: left, x2: left, y1: top, y2: H - bottom, stroke: '#57606a' }));
  g.append(svg('line', { x1: left, x2: W - right, y1: H - bottom, y2: H - bottom, stroke: '#57606a' }));
  const every = Math.ceil(rows.length / Math.max(2, Math.floor((W - left) / (f * 3))));
  rows.forEach((r, i) => {
    let base = 0;
    const x = left + i * bw + bw * 0.15;
    for (const k of keys) {
      const v = r[k];
      if (v <= 0) continue;
      const y1 = y(base + v);
      const y0 = y(base);
      g.append(svg('rect', { x: x.toFixed(1), y: y1.toFixed(1), width: Math.max(1, bw * 0.7).toFixed(1), height: Math.max(1, y0 - y1).toFixed(1), fill: COLORS[k] },
        svg('title', {}, `${r.label} ${t.legend[k]} ${v.toFixed(2)}`)));
      base += v;
    }
    if (i % every === 0 || i === rows.length - 1) {
      g.append(svg('text', { x: (left + i * bw + bw / 2).toFixed(1), y: H - bottom + f * 1.3, 'text-anchor': 'middle' }, r.label));
    }
  });
  // The first bar's values, written out: the scale of each part at a glance.
  const first = rows[0];
  if (first) {
    const label = keys.map((k) => `${t.legend[k]} ${first[k].toFixed(2)}`).join(' · ');
    const name = yearly ? first.label : lang === 'en' ? `Period ${first.label}` : `第${first.label}期`;
    g.append(svg('text', { x: 0, y: f * 2.3 }, `${name}${lang === 'en' ? ': ' : '：'}${label}`));
  }
  const legend = h('div', { class: 'chart-legend', 'aria-hidden': 'true' }, keys.map((k) => h('span', {}, h('span', { class: `swatch sw-${k}` }), t.legend[k])));
  return h('div', {}, g, legend);
}
