import { useEffect, useRef, useState, type ReactNode, type Ref } from 'react';

/**
 * What the home's two hand-drawn SVG charts share: the width of their container, the legend and the axis ticks.
 * The SVG is drawn in the container's pixels (text stays at its size on screen); when the page is laid out anew
 * without a resize being reported (printing on A4), its viewBox keeps the drawing whole at its height, centred.
 */

/**
 * The width of the element the ref is put on, as its ResizeObserver reports it (after layout, before paint: the
 * first guess is never seen). Nothing here reads the layout itself, which would force the page's layout while
 * it is being built (the home's tables are thousands of elements).
 */
export const useWidth = <E extends HTMLElement>(initial = 600) => {
  const ref = useRef<E>(null);
  const [width, setWidth] = useState(initial);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => {
      const next = Math.floor(entry?.contentRect.width ?? 0);
      if (next > 0) setWidth(next);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width] as const;
};

/** A chart's frame: the legend above, then the SVG at the container's width (role="img" with its label). */
export const ChartFrame = ({ label, legend, width, height, children, containerRef }: {
  label: string;
  legend: LegendItem[];
  width: number;
  height: number;
  children: ReactNode;
  containerRef: Ref<HTMLDivElement>;
}) => (
  <div ref={containerRef} style={{ width: '100%' }}>
    <Legend items={legend} />
    <svg
      role="img"
      aria-label={label}
      viewBox={`0 0 ${width} ${height}`}
      width="100%"
      height={height}
      style={{ display: 'block', overflow: 'visible', fontFamily: 'inherit', breakInside: 'avoid' }}
    >
      {children}
    </svg>
  </div>
);

export interface LegendItem {
  label: string;
  color: string;
  /** How the series is drawn: a filled bar, a solid or dashed line, a hollow point. */
  mark: 'box' | 'line' | 'dashed' | 'hollow';
}

const Swatch = ({ color, mark }: Omit<LegendItem, 'label'>) => (
  <svg width={mark === 'box' || mark === 'hollow' ? 12 : 22} height={12} aria-hidden="true" style={{ flex: 'none' }}>
    {mark === 'box' && <rect width={12} height={12} fill={color} />}
    {mark === 'hollow' && <circle cx={6} cy={6} r={4.5} fill="#fff" stroke={color} strokeWidth={2} />}
    {(mark === 'line' || mark === 'dashed') && (
      <line x1={0} x2={22} y1={6} y2={6} stroke={color} strokeWidth={2} strokeDasharray={mark === 'dashed' ? '5 3' : undefined} />
    )}
  </svg>
);

/** The series' names and marks, centred above the chart. */
export const Legend = ({ items }: { items: LegendItem[] }) => (
  <ul
    data-testid="chart-legend"
    style={{ display: 'flex', flexWrap: 'wrap', justifyContent: 'center', gap: '4px 16px', listStyle: 'none', margin: '0 0 4px', padding: 0, fontSize: 13 }}
  >
    {items.map((item) => (
      <li key={item.label} style={{ display: 'flex', alignItems: 'center', gap: 6 }}>
        <Swatch color={item.color} mark={item.mark} />
        <span style={{ color: item.color }}>{item.label}</span>
      </li>
    ))}
  </ul>
);

/** Round integer ticks from 0 to at least `max`: steps of 1, 2, 5, 10, 20, 50 … , at most `count` of them. */
export const integerTicks = (max: number, count = 5): number[] => {
  const top = Math.max(1, max);
  let step = 1;
  for (let magnitude = 1; ; magnitude *= 10) {
    const found = [1, 2, 5].map((m) => m * magnitude).find((s) => Math.ceil(top / s) <= count - 1);
    if (found) {
      step = found;
      break;
    }
  }
  return Array.from({ length: Math.ceil(top / step) + 1 }, (_, i) => i * step);
};

export const AXIS = '#666';
export const GRID = '#ddd';
