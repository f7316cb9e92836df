/**
 * A sparkline: a series of numbers as the `d` of one SVG path, for a word-sized chart beside a value
 * (the data catalogue). No axes, no labels: the shape of the series and where it ends. Values are
 * placed by index, so the series must be evenly spaced (one row per month, per year).
 *
 * A box a few dozen pixels wide cannot show 378 months: each column of the box keeps only the lowest
 * and highest value that falls in it, in the order they came, so peaks and troughs survive while the
 * path stays a few hundred bytes. Coordinates are whole units: draw the path in a box twice the size
 * it is shown at and it is as sharp as one with decimals, in fewer characters.
 */
import { line, scaleLinear, scaleLog } from 'd3';

export interface SparklineOptions {
  /** The box the path fills, in the units of its viewBox. */
  width: number;
  height: number;
  /** A log scale, for a series that grows by orders of magnitude (all values must be above zero). */
  log?: boolean;
}

type Point = [index: number, value: number | null];

/** The lowest and highest point of each column of the box, in series order; a gap stays a gap. */
function thin(points: Point[], column: (index: number) => number): Point[] {
  const kept: Point[] = [];
  let bucket: Point[] = [];
  const flush = () => {
    const present = bucket.filter((point) => point[1] !== null);
    if (present.length > 0) {
      const low = present.reduce((a, b) => (b[1]! < a[1]! ? b : a));
      const high = present.reduce((a, b) => (b[1]! > a[1]! ? b : a));
      kept.push(...(low === high ? [low] : low[0] < high[0] ? [low, high] : [high, low]));
    }
    if (present.length < bucket.length) kept.push(bucket.find((point) => point[1] === null)!);
    bucket = [];
  };
  for (const point of points) {
    if (bucket.length > 0 && column(point[0]) !== column(bucket[0]![0])) flush();
    bucket.push(point);
  }
  flush();
  return kept;
}

/** The path of `values` (null: no value, drawn as a gap) across the box; '' when nothing can be drawn. */
export function sparklinePath(values: readonly (number | null)[], { width, height, log = false }: SparklineOptions): string {
  const numbers = values.filter((value): value is number => value !== null && (!log || value > 0));
  if (numbers.length === 0) return '';
  const low = Math.min(...numbers);
  const high = Math.max(...numbers);
  const x = scaleLinear([0, Math.max(1, values.length - 1)], [0, width]);
  // A flat series is drawn along the middle of the box rather than on its floor.
  const domain: [number, number] = low === high ? (log ? [low / 2, high * 2] : [low - 1, high + 1]) : [low, high];
  const y = (log ? scaleLog(domain, [height, 0]) : scaleLinear(domain, [height, 0])).clamp(true);
  const points = values.map((value, index): Point => [index, value === null || (log && value <= 0) ? null : value]);
  const draw = line<Point>()
    .defined((point) => point[1] !== null)
    .x((point) => Math.round(x(point[0])))
    .y((point) => Math.round(y(point[1]!)));
  return draw(thin(points, (index) => Math.round(x(index)))) ?? '';
}
