/**
 * The sensitivity heat map and the accuracy-against-size plot as standalone SVG, from
 * the JSON `qlab mixed --out` (or `qlab sensitivity --out`) writes.
 */
import type { MixedPoint } from '../../src/train/mixed';
import { paretoFront } from '../../src/train/sensitivity-facts';
import type { SensitivityTable } from '../../src/train/sensitivity';
import { dropColour } from '../../src/ui/charts/drop-colour';

export { dropColour };

const FONT = 'font-family="system-ui, sans-serif"';
const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Layers as rows, bit widths as columns, each cell the accuracy drop in points. */
export function heatmapSvg(table: SensitivityTable, title: string): string {
  const cell = { w: 84, h: 40 };
  const left = 120;
  const top = 70;
  // The title carries the config's link: wide enough for it at 15 px (about 8.5 px a character).
  const width = Math.ceil(Math.max(left + cell.w * table.bits.length + 20, 660, 20 + title.length * 8.5));
  const height = top + cell.h * table.layers.length + 40;
  const max = Math.max(...table.layers.flatMap((l) => l.cells.map((c) => c.drop)), 0);
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" ${FONT} font-size="13">`,
    `<rect width="100%" height="100%" fill="white"/>`,
    `<text x="10" y="22" font-size="15" font-weight="600">${escape(title)}</text>`,
    `<text x="10" y="42" fill="#555">Accuracy drop from float ${(table.floatAccuracy * 100).toFixed(2)}% (points), one layer quantized at a time${table.finetuneEpochs ? `, ${table.finetuneEpochs} QAT epoch(s)` : ', PTQ'}</text>`,
  ];
  table.bits.forEach((b, j) => parts.push(`<text x="${left + j * cell.w + cell.w / 2}" y="${top - 8}" text-anchor="middle">${b} bit${b > 1 ? 's' : ''}</text>`));
  table.layers.forEach((layer, i) => {
    const y = top + i * cell.h;
    parts.push(`<text x="${left - 10}" y="${y + cell.h / 2 + 4}" text-anchor="end">${escape(`${layer.index} ${layer.name}`)}</text>`);
    table.bits.forEach((b, j) => {
      const c = layer.cells.find((x) => x.bits === b);
      const x = left + j * cell.w;
      const fill = c ? dropColour(c.drop, max) : '#f3f3f3';
      const dark = c && c.drop > max * 0.3;
      parts.push(`<rect x="${x}" y="${y}" width="${cell.w - 2}" height="${cell.h - 2}" fill="${fill}" stroke="#ccc"/>`);
      parts.push(`<text x="${x + cell.w / 2}" y="${y + cell.h / 2 + 4}" text-anchor="middle" fill="${dark ? 'white' : '#111'}">${c ? (c.drop * 100).toFixed(2) : '–'}</text>`);
    });
  });
  parts.push('</svg>');
  return `${parts.join('\n')}\n`;
}

const KIND_STYLE: Record<MixedPoint['kind'], { colour: string; shape: 'circle' | 'diamond' | 'square' }> = {
  float: { colour: '#555', shape: 'square' },
  uniform: { colour: '#1f77b4', shape: 'circle' },
  searched: { colour: '#d62728', shape: 'diamond' },
};

/** Test accuracy against model bytes (log scale): the uniform widths' Pareto front and the searched allocations. */
export function paretoSvg(points: readonly MixedPoint[], title: string): string {
  const width = 720;
  const height = 420;
  const m = { left: 70, right: 60, top: 50, bottom: 60 };
  const xs = points.map((p) => Math.log10(p.bytes));
  const [x0, x1] = [Math.min(...xs) - 0.05, Math.max(...xs) + 0.05];
  const accs = points.map((p) => p.accuracy * 100);
  const y0 = Math.floor(Math.min(...accs) / 5) * 5;
  const y1 = Math.min(100, Math.ceil(Math.max(...accs) + 0.5));
  const px = (bytes: number) => m.left + ((Math.log10(bytes) - x0) / (x1 - x0)) * (width - m.left - m.right);
  const py = (acc: number) => height - m.bottom - ((acc * 100 - y0) / Math.max(1e-9, y1 - y0)) * (height - m.top - m.bottom);
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" ${FONT} font-size="12">`,
    `<rect width="100%" height="100%" fill="white"/>`,
    `<text x="10" y="22" font-size="15" font-weight="600">${escape(title)}</text>`,
    `<line x1="${m.left}" y1="${height - m.bottom}" x2="${width - m.right}" y2="${height - m.bottom}" stroke="#333"/>`,
    `<line x1="${m.left}" y1="${m.top}" x2="${m.left}" y2="${height - m.bottom}" stroke="#333"/>`,
    `<text x="${(m.left + width - m.right) / 2}" y="${height - 15}" text-anchor="middle">model bytes (log scale)</text>`,
    `<text x="18" y="${(m.top + height - m.bottom) / 2}" text-anchor="middle" transform="rotate(-90 18 ${(m.top + height - m.bottom) / 2})">test accuracy (%)</text>`,
  ];
  for (let e = Math.ceil(x0); e <= Math.floor(x1); e++) {
    for (const f of [1, 2, 5]) {
      const v = f * 10 ** e;
      if (Math.log10(v) < x0 || Math.log10(v) > x1) continue;
      const x = px(v);
      parts.push(`<line x1="${x}" y1="${height - m.bottom}" x2="${x}" y2="${height - m.bottom + 5}" stroke="#333"/>`);
      parts.push(`<text x="${x}" y="${height - m.bottom + 18}" text-anchor="middle">${v >= 1e6 ? `${v / 1e6} MB` : `${v / 1e3} kB`}</text>`);
    }
  }
  const step = y1 - y0 > 20 ? 10 : y1 - y0 > 8 ? 2 : 1;
  for (let v = y0; v <= y1; v += step) {
    const y = py(v / 100);
    parts.push(`<line x1="${m.left - 5}" y1="${y}" x2="${width - m.right}" y2="${y}" stroke="#eee"/>`);
    parts.push(`<text x="${m.left - 8}" y="${y + 4}" text-anchor="end">${v}</text>`);
  }
  const front = paretoFront(points.filter((p) => p.kind !== 'searched'), (p) => p.bytes);
  parts.push(`<polyline fill="none" stroke="${KIND_STYLE.uniform.colour}" stroke-width="1.5" points="${front.map((p) => `${px(p.bytes).toFixed(1)},${py(p.accuracy).toFixed(1)}`).join(' ')}"/>`);
  for (const p of points) {
    const { colour, shape } = KIND_STYLE[p.kind];
    const [x, y] = [px(p.bytes), py(p.accuracy)];
    if (shape === 'circle') parts.push(`<circle cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="5" fill="${colour}"/>`);
    else if (shape === 'square') parts.push(`<rect x="${(x - 5).toFixed(1)}" y="${(y - 5).toFixed(1)}" width="10" height="10" fill="${colour}"/>`);
    else parts.push(`<path d="M${x.toFixed(1)},${(y - 7).toFixed(1)} l7,7 l-7,7 l-7,-7 z" fill="${colour}"/>`);
    const label = p.kind === 'uniform' ? p.label.replace('uniform ', '') : p.kind === 'float' ? 'float' : p.allocation.map((b) => (b === 32 ? 'f' : String(b))).join('/');
    parts.push(`<text x="${(x + 8).toFixed(1)}" y="${(y + (p.kind === 'searched' ? 14 : -6)).toFixed(1)}" fill="${colour}">${escape(label)}</text>`);
  }
  const legend = [
    ['uniform widths (line: their Pareto front)', KIND_STYLE.uniform.colour],
    ['searched allocations (bits per layer, f = float)', KIND_STYLE.searched.colour],
    ['float', KIND_STYLE.float.colour],
  ];
  // Bottom right: the points with most bytes sit at the top of the plot.
  legend.forEach(([text, colour], i) => parts.push(`<text x="${width - m.right - 10}" y="${height - m.bottom - 12 - (legend.length - 1 - i) * 16}" text-anchor="end" fill="${colour}">${escape(text)}</text>`));
  parts.push('</svg>');
  return `${parts.join('\n')}\n`;
}
