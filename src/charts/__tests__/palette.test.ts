import { describe, expect, it } from 'vitest';
import { assignColours } from '../colours.ts';
import { chartCss, contrastRatio, OTHER_SLOTS, PALETTE, relativeLuminance, SLOTS, SUBJECT_SLOTS } from '../palette.ts';

describe('palette', () => {
  it('computes WCAG luminance and contrast', () => {
    expect(relativeLuminance('#ffffff')).toBeCloseTo(1, 10);
    expect(relativeLuminance('#000000')).toBe(0);
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 10);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });

  it.each(['light', 'dark'] as const)('%s: colours that also colour text reach 4.5:1, muted bars 3:1', (theme) => {
    const { slots, background, text, axis } = PALETTE[theme];
    for (const slot of SLOTS) expect(contrastRatio(slots[slot], background), slot).toBeGreaterThanOrEqual(slot === 'muted' ? 3 : 4.5);
    expect(contrastRatio(text, background)).toBeGreaterThanOrEqual(7);
    expect(contrastRatio(axis, background)).toBeGreaterThanOrEqual(3);
  });

  it('documents the ratios it claims', async () => {
    const { readFile } = await import('node:fs/promises');
    const source = await readFile(new URL('../palette.ts', import.meta.url), 'utf8');
    for (const slot of SLOTS) {
      const [light, dark] = [PALETTE.light.slots[slot], PALETTE.dark.slots[slot]];
      const line = `${slot.padEnd(10)} ${light}  ${contrastRatio(light, '#ffffff').toFixed(2)}:1      ${dark}  ${contrastRatio(dark, '#111418').toFixed(2)}:1`;
      expect(source).toContain(line);
    }
  });

  it('maps colour classes to custom properties', () => {
    const css = chartCss('light');
    expect(css).toContain(':root{--c-crypto:#c24f00;');
    expect(css).toContain('.chart .line.c-crypto,.chart .readout-dot.c-crypto{stroke:var(--c-crypto)}');
    expect(css).toContain('.chart .bar.c-muted');
    expect(chartCss('dark', '[data-theme="dark"]')).toContain('[data-theme="dark"]{--c-crypto:#f5793a;');
  });
});

describe('colours by subject', () => {
  it('gives each subject its colour, then its second tone, and the others the other hues', () => {
    expect(assignColours(['crypto', 'macro', 'macro'])).toEqual(['crypto', 'macro', 'macro-2']);
    expect(assignColours(['ai', 'crypto'])).toEqual(['ai', 'crypto']);
    expect(assignColours([undefined, undefined])).toEqual(['other-1', 'other-2']);
    expect(assignColours(['crypto', 'crypto', 'crypto'])).toEqual(['crypto', 'crypto-2', 'crypto-3']);
    for (const slots of Object.values(SUBJECT_SLOTS)) for (const slot of slots) expect(OTHER_SLOTS).not.toContain(slot);
  });
});
