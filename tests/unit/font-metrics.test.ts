/**
 * The chart font metrics and the @font-face rules are generated from the installed font packages
 * (`npm run fonts:metrics`). If a package update or an edit changed either, labels would be measured
 * with one font and drawn with another, or a fallback would no longer match: the committed files must
 * be exactly what the script makes now.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { chartMetricsModule, CSS_FILE, fontsCss, METRICS_FILE } from '../../scripts/font-metrics';
import { textWidth } from '../../src/charts/svg';

describe('generated font files match the installed fonts (run npm run fonts:metrics if not)', () => {
  test('src/charts/font-metrics.ts', () => {
    expect(readFileSync(METRICS_FILE, 'utf8')).toBe(chartMetricsModule());
  });

  test('src/styles/fonts.css', async () => {
    expect(readFileSync(CSS_FILE, 'utf8')).toBe(await fontsCss());
  });
});

describe('textWidth measures with the chart font', () => {
  test('sums the advance widths of Source Sans 3 (1000 units to the em)', () => {
    // Source Sans 3 regular: "1" 497, "0" 497 units; "M" is wider than "i"; semibold is wider still.
    expect(textWidth('10', 10)).toBeCloseTo(9.94, 5);
    expect(textWidth('M', 14)).toBeGreaterThan(textWidth('i', 14) * 2);
    expect(textWidth('Nasdaq-100', 14, true)).toBeGreaterThan(textWidth('Nasdaq-100', 14));
  });

  test('counts a character the font does not draw at an average width, not zero', () => {
    expect(textWidth('≈', 10)).toBeGreaterThan(4);
  });
});
