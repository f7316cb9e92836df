import { describe, expect, it } from 'vitest';
import { chartCss, contrastRatio, PALETTE, relativeLuminance } from '../palette.ts';

describe('palette', () => {
  it('computes WCAG luminance and contrast', () => {
    expect(relativeLuminance('#ffffff')).toBeCloseTo(1, 10);
    expect(relativeLuminance('#000000')).toBe(0);
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 10);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });
  it.each(['light', 'dark'] as const)('%s series colours have >= 4.5:1 (text) contrast on the background', (theme) => {
    const { series, background, text, axis } = PALETTE[theme];
    expect(series).toHaveLength(6);
    for (const colour of series) expect(contrastRatio(colour, background)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(text, background)).toBeGreaterThanOrEqual(7);
    expect(contrastRatio(axis, background)).toBeGreaterThanOrEqual(3);
  });
  it('documents the ratios it claims', async () => {
    const { readFile } = await import('node:fs/promises');
    const source = await readFile(new URL('../palette.ts', import.meta.url), 'utf8');
    PALETTE.light.series.forEach((colour, i) => {
      const dark = PALETTE.dark.series[i]!;
      const line = `${i + 1} ${colour}  ${contrastRatio(colour, '#ffffff').toFixed(2)}:1         ${dark}  ${contrastRatio(dark, '#111418').toFixed(2)}:1`;
      expect(source).toContain(line);
    });
  });
  it('maps classes to custom properties', () => {
    const css = chartCss('light');
    expect(css).toContain(':root{--chart-1:#0072b2;');
    expect(css).toContain('.chart .line.series-0{stroke:var(--chart-1)}');
    expect(css).toContain('.chart .bar.series-5');
    expect(chartCss('dark', '[data-theme="dark"]')).toContain('[data-theme="dark"]{--chart-1:#56b4e9;');
  });
});
