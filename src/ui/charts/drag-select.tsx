import { useState, type PointerEvent as ReactPointerEvent } from 'react';
import { W } from './SvgCharts';

/** Least drag, in chart units, that counts as a selection (a shorter one is a click). */
const MIN_DRAG = 4;

/**
 * Drag across a chart to select an x range: pointer handlers for its `<svg>` (drawn
 * `W` units wide, the plot from `x0` to `x1` over `domain`) and the selection band to
 * draw while dragging. Without `onSelect` the chart is left as it is.
 */
export function useDragSelect(domain: readonly [number, number], x0: number, x1: number, top: number, bottom: number, onSelect?: (range: [number, number]) => void) {
  const [drag, setDrag] = useState<{ from: number; to: number } | null>(null);
  if (!onSelect) return { handlers: {}, band: null };
  const at = (e: ReactPointerEvent<SVGSVGElement>) => {
    const r = e.currentTarget.getBoundingClientRect();
    const x = r.width > 0 ? ((e.clientX - r.left) / r.width) * W : x0;
    return Math.min(x1, Math.max(x0, x));
  };
  const value = (x: number) => domain[0] + ((x - x0) / (x1 - x0)) * (domain[1] - domain[0]);
  const handlers = {
    onPointerDown: (e: ReactPointerEvent<SVGSVGElement>) => {
      if (e.button !== 0) return;
      e.currentTarget.setPointerCapture?.(e.pointerId);
      const x = at(e);
      setDrag({ from: x, to: x });
    },
    onPointerMove: (e: ReactPointerEvent<SVGSVGElement>) => {
      if (drag) setDrag({ from: drag.from, to: at(e) });
    },
    onPointerUp: (e: ReactPointerEvent<SVGSVGElement>) => {
      if (!drag) return;
      const to = at(e);
      setDrag(null);
      if (Math.abs(to - drag.from) >= MIN_DRAG) onSelect([value(Math.min(drag.from, to)), value(Math.max(drag.from, to))]);
    },
    onPointerCancel: () => setDrag(null),
    style: { cursor: 'crosshair', touchAction: 'none' as const },
  };
  const band = drag ? <rect className="zoom-selection" x={Math.min(drag.from, drag.to)} y={top} width={Math.abs(drag.to - drag.from)} height={bottom - top} fill="#2563eb" fillOpacity={0.15} pointerEvents="none" /> : null;
  return { handlers, band };
}
