/**
 * The brand's colours as literal values, for documents that cannot read the page's custom
 * properties: the favicon (its own SVG document) and social cards (resvg has no `var()`). The meaning
 * colours come from the chart palette, the paper and ink from src/styles/global.css.
 */
import { PALETTE, type Theme } from '../charts/index.ts';
import type { MarkColours } from '../model/brand.ts';

const PAPER_INK: Record<Theme, { paper: string; ink: string }> = {
  light: { paper: '#fbfaf7', ink: '#1b1e22' },
  dark: { paper: '#121518', ink: '#e9e6df' },
};

export interface BrandColours extends MarkColours {
  /** The brand accent (--c-brand): the wordmark's "Point" and small accents. */
  brand: string;
  paper: string;
  ink: string;
}

export function brandColours(theme: Theme): BrandColours {
  const { paper, ink } = PAPER_INK[theme];
  const { crypto, ai, brand } = PALETTE[theme].slots;
  return { crypto, ai, brand, pivot: ink, background: paper, paper, ink };
}
