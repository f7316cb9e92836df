import { describe, expect, test } from 'vitest';
import { sparklinePath } from '../sparkline';

const BOX = { width: 100, height: 20 };

/** The points of an absolute M/L path, as [x, y] pairs, one list per drawn segment. */
function segments(path: string): number[][][] {
  return path
    .split('M')
    .filter(Boolean)
    .map((segment) => segment.split('L').map((point) => point.split(',').map(Number)));
}

describe('a sparkline', () => {
  test('spans the box: first value at the left, last at the right, low at the bottom, high at the top', () => {
    const [line] = segments(sparklinePath([1, 3, 2, 5], BOX));
    expect(line![0]).toEqual([0, 20]);
    expect(line!.at(-1)).toEqual([100, 0]);
    expect(line!.every(([x, y]) => Number.isInteger(x) && Number.isInteger(y))).toBe(true);
  });

  test('a long series keeps its peak and trough but at most two points per unit of width', () => {
    const values = Array.from({ length: 1000 }, (_, index) => Math.sin(index / 50) * 10 + (index === 500 ? 40 : 0));
    const points = segments(sparklinePath(values, BOX)).flat();
    expect(points.length).toBeLessThanOrEqual(2 * (BOX.width + 1));
    expect(Math.min(...points.map(([, y]) => y!))).toBe(0);
    expect(sparklinePath(values, BOX).length).toBeLessThan(2000);
  });

  test('a missing value is a gap, never a line drawn across it', () => {
    expect(segments(sparklinePath([1, 2, null, 3, 4], BOX))).toHaveLength(2);
  });

  test('a flat series runs along the middle; an empty one draws nothing', () => {
    expect(segments(sparklinePath([7, 7, 7], BOX))[0]!.map(([, y]) => y)).toEqual([10, 10, 10]);
    expect(sparklinePath([], BOX)).toBe('');
    expect(sparklinePath([null, null], BOX)).toBe('');
  });

  test('on a log scale each tenfold rise climbs the same height', () => {
    const [line] = segments(sparklinePath([1, 10, 100], { ...BOX, log: true }));
    expect(line!.map(([, y]) => y)).toEqual([20, 10, 0]);
  });
});
