import { describe, expect, it } from 'vitest';
import { placeLabels } from '../labels.ts';
import { dateAxis, dateTickLabels, logTicks, valueAxis } from '../scales.ts';

const utc = (y: number, m = 1, d = 1) => new Date(Date.UTC(y, m - 1, d));

describe('value axes', () => {
  it('log ticks are powers of ten', () => {
    const axis = valueAxis([20.51, 102405], { log: true, unit: 'USD' });
    // The data starts far below $100: the axis reaches $10, so no stretch of line runs unlabelled; it
    // ends just above $100k, which reads fine.
    expect(axis.ticks).toEqual([10, 100, 1000, 10000, 100000]);
    expect(axis.labels).toEqual(['$10', '$100', '$1k', '$10k', '$100k']);
    expect(axis.scale.domain()[0]).toBeLessThanOrEqual(10);
    for (const t of logTicks([0.01, 1e9])) expect(Number(`1e${Math.round(Math.log10(t))}`)).toBe(t);
  });
  it('log ticks thin out over many decades, keeping the top one', () => {
    expect(logTicks([1, 1e9])).toEqual([10, 1000, 1e5, 1e7, 1e9]);
  });
  it('adds 2x and 5x only over fewer than three decades', () => {
    expect(logTicks([1, 20])).toEqual([1, 2, 5, 10, 20]);
  });
  it('bar domains include zero', () => {
    const axis = valueAxis([30, 55], { include: [0] });
    expect(axis.scale.domain()[0]).toBe(0);
    expect(axis.ticks[0]).toBe(0);
    const negative = valueAxis([-30, -5], { include: [0] });
    expect(negative.scale.domain()[1]).toBe(0);
  });
  it('keeps about five ticks', () => {
    const axis = valueAxis([0, 87520], { unit: 'USD' });
    expect(axis.ticks.length).toBeGreaterThanOrEqual(4);
    expect(axis.ticks.length).toBeLessThanOrEqual(7);
    expect(axis.labels).toContain('$20k');
  });
});

describe('date axes', () => {
  it('yearly data gets year ticks only', () => {
    const axis = dateAxis([utc(2019), utc(2021)], [0, 560], 'year');
    expect(axis.labels).toEqual(['2019', '2020', '2021']);
  });
  it('monthly data over 13 years gets a handful of year ticks', () => {
    const axis = dateAxis([utc(2013), utc(2025, 12)], [0, 560], 'month');
    expect(axis.labels.length).toBeLessThanOrEqual(7);
    expect(axis.labels.every((l) => /^\d{4}$/.test(l))).toBe(true);
  });
  it('labels month ticks with the year', () => {
    expect(dateTickLabels([utc(2023, 4), utc(2023, 7)])).toEqual(['Apr 2023', 'Jul 2023']);
    expect(dateTickLabels([utc(2023, 4, 3), utc(2023, 4, 10)])).toEqual(['3 Apr', '10 Apr']);
  });
});

describe('direct label collisions', () => {
  it('pushes overlapping labels apart and keeps them inside', () => {
    const ys = placeLabels([{ y: 100 }, { y: 102 }, { y: 300 }], 18, 0, 300)!;
    expect(ys[1]! - ys[0]!).toBeGreaterThanOrEqual(18);
    expect(ys[2]).toBe(300);
  });
  it('pulls labels up from the bottom edge', () => {
    expect(placeLabels([{ y: 299 }, { y: 300 }], 18, 0, 300)).toEqual([282, 300]);
  });
  it('gives up when they cannot fit', () => {
    expect(placeLabels([{ y: 0 }, { y: 0 }, { y: 0 }], 18, 0, 20)).toBeUndefined();
  });
});
