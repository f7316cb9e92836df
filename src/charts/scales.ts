/**
 * Scales and ticks, computed (not drawn) with d3 so they can be unit tested:
 * a few round ticks on value axes, powers of ten on log axes, and date ticks
 * that respect the data's precision (no "Jul" ticks on yearly data).
 */
import { extent, scaleLinear, scaleLog, scaleUtc, utcFormat, type ScaleLinear, type ScaleLogarithmic, type ScaleTime } from 'd3';
import type { DatePrecision } from '../model/table.ts';
import { formatTick } from './format.ts';
import { textWidth } from './svg.ts';
import { TICK_FONT, X_TICKS, Y_TICKS } from './sizes.ts';

export type ValueScale = ScaleLinear<number, number> | ScaleLogarithmic<number, number>;

export interface ValueAxis {
  scale: ValueScale;
  ticks: number[];
  labels: string[];
}

export interface ValueAxisOptions {
  log?: boolean;
  /** Values that must be inside the domain (0 for bars and areas, 100 for indexed). */
  include?: number[];
  unit?: string | undefined;
  count?: number;
}

/** Powers of ten inside the domain; with 2 and 5 multiples when there are fewer than three powers. */
export function logTicks(domain: [number, number], count = Y_TICKS): number[] {
  const [lo, hi] = domain[0] <= domain[1] ? domain : [domain[1], domain[0]];
  const start = Math.floor(Math.log10(lo) + 1e-9);
  const end = Math.ceil(Math.log10(hi) - 1e-9);
  const powers: number[] = [];
  for (let e = start; e <= end; e++) {
    const value = Number(`1e${e}`);
    if (value >= lo * (1 - 1e-9) && value <= hi * (1 + 1e-9)) powers.push(value);
  }
  if (powers.length >= 3) {
    // Too many decades: keep every 2nd (or 3rd ...) power, always including the top one.
    const every = Math.ceil(powers.length / (count + 1));
    return powers.filter((_, i) => (powers.length - 1 - i) % every === 0);
  }
  const ticks: number[] = [];
  for (let e = start; e <= end; e++) {
    for (const m of [1, 2, 5]) {
      const value = m * Number(`1e${e}`);
      if (value >= lo * (1 - 1e-9) && value <= hi * (1 + 1e-9)) ticks.push(value);
    }
  }
  return ticks;
}

/** A value scale with nice bounds, its ticks and compact tick labels. Range is set by the caller. */
export function valueAxis(values: number[], options: ValueAxisOptions = {}): ValueAxis {
  const count = options.count ?? Y_TICKS;
  const all = [...values, ...(options.include ?? [])];
  let [lo, hi] = extent(all) as [number | undefined, number | undefined];
  if (lo === undefined || hi === undefined) [lo, hi] = [0, 1];
  if (options.log) {
    if (lo === hi) [lo, hi] = [lo / 10, hi * 10];
    // Pad by 4% of the decades shown rather than rounding out to whole
    // powers of ten, which can leave a whole empty decade at either end.
    const span = Math.log10(hi) - Math.log10(lo);
    let domain: [number, number] = [10 ** (Math.log10(lo) - span * 0.04), 10 ** (Math.log10(hi) + span * 0.04)];
    let ticks = logTicks(domain, count);
    // A line must not run far past the last labelled tick (half a decade unlabelled reads as off the
    // scale): then the axis reaches the next power of ten at that end.
    const far = 1.5;
    if (ticks.length && (lo < ticks[0]! / far || hi > ticks.at(-1)! * far)) {
      domain = [lo < ticks[0]! / far ? 10 ** Math.floor(Math.log10(lo)) : domain[0], hi > ticks.at(-1)! * far ? 10 ** Math.ceil(Math.log10(hi)) : domain[1]];
      ticks = logTicks(domain, count);
    }
    const scale = scaleLog().domain(domain);
    return { scale, ticks, labels: ticks.map((t) => formatTick(t, options.unit)) };
  }
  if (lo === hi) [lo, hi] = lo === 0 ? [0, 1] : lo > 0 ? [0, hi] : [lo, 0];
  const scale = scaleLinear().domain([lo, hi]).nice(count);
  const ticks = scale.ticks(count);
  return { scale, ticks, labels: ticks.map((t) => formatTick(t, options.unit)) };
}

export interface DateAxis {
  scale: ScaleTime<number, number>;
  ticks: Date[];
  labels: string[];
}

const YEAR = utcFormat('%Y');
const MONTH_YEAR = utcFormat('%b %Y');
const DAY_MONTH = utcFormat('%-d %b');

function onPrecision(date: Date, precision: DatePrecision): boolean {
  if (precision === 'day') return true;
  if (date.getUTCDate() !== 1) return false;
  return precision === 'month' || date.getUTCMonth() === 0;
}

/** Label dates by the coarsest unit that distinguishes them: "2020", "Jun 2020", "30 Jun". */
export function dateTickLabels(ticks: Date[]): string[] {
  if (ticks.every((t) => t.getUTCMonth() === 0 && t.getUTCDate() === 1)) return ticks.map(YEAR);
  if (ticks.every((t) => t.getUTCDate() === 1)) return ticks.map(MONTH_YEAR);
  return ticks.map(DAY_MONTH);
}

/**
 * Date ticks for [first, last] mapped onto `range`, at most `count` of them,
 * never finer than the data precision, and thinned until labels fit.
 */
export function dateAxis(domain: [Date, Date], range: [number, number], precision: DatePrecision, count = X_TICKS): DateAxis {
  const scale = scaleUtc().domain(domain).range(range);
  const span = Math.abs(range[1] - range[0]);
  for (let n = count; n >= 1; n--) {
    let ticks = scale.ticks(n).filter((t) => onPrecision(t, precision));
    if (ticks.length < 2 && domain[0].getTime() !== domain[1].getTime()) ticks = [domain[0], domain[1]];
    if (ticks.length === 0) ticks = [domain[0]];
    const labels = dateTickLabels(ticks);
    const widest = Math.max(...labels.map((l) => textWidth(l, TICK_FONT)));
    if (n === 1 || (widest + 16) * ticks.length <= span) return { scale, ticks, labels };
  }
  return { scale, ticks: [], labels: [] };
}
