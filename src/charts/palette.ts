/**
 * The chart colours, in one place for the page stylesheet and the
 * downloadable SVG. SVG markup only carries classes (`series-0` ...); colours
 * come from CSS custom properties so light, dark and print themes work
 * without re-rendering.
 *
 * Hues follow the Okabe-Ito colour-blind-safe set (blue, vermillion, bluish
 * green, reddish purple, orange, grey), darkened for light backgrounds and
 * lightened for dark ones. WCAG 2 contrast ratios, computed with
 * `contrastRatio` below (and asserted >= 4.5:1 in the unit tests, so series-
 * coloured label text passes too; 3:1 is the minimum for graphics):
 *
 *   light on #ffffff          dark on #111418
 *   1 #0072b2  5.19:1         #56b4e9  8.00:1
 *   2 #c24f00  4.76:1         #f5793a  6.75:1
 *   3 #00805c  4.95:1         #2fbf8f  7.89:1
 *   4 #b4458e  5.02:1         #e08fc0  7.79:1
 *   5 #956300  5.17:1         #e6a700  8.70:1
 *   6 #5c5c5c  6.69:1         #b4b4b4  8.91:1
 */

export type Theme = 'light' | 'dark';

export interface ThemeColours {
  background: string;
  text: string;
  axis: string;
  grid: string;
  series: readonly string[];
}

export const PALETTE: Readonly<Record<Theme, ThemeColours>> = {
  light: {
    background: '#ffffff',
    text: '#1f2328',
    axis: '#6b7280',
    grid: '#e3e6ea',
    series: ['#0072b2', '#c24f00', '#00805c', '#b4458e', '#956300', '#5c5c5c'],
  },
  dark: {
    background: '#111418',
    text: '#e6e8eb',
    axis: '#9aa3ad',
    grid: '#2b3038',
    series: ['#56b4e9', '#f5793a', '#2fbf8f', '#e08fc0', '#e6a700', '#b4b4b4'],
  },
};

/** How many distinct series colours there are; more series than this get a legend and reuse colours. */
export const SERIES_COLOURS = 6;

/** WCAG 2 relative luminance of a `#rrggbb` colour. */
export function relativeLuminance(hex: string): number {
  const channels = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2 contrast ratio between two `#rrggbb` colours (1 to 21). */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** The meaning colours (crypto, AI, macro...) for pages' kickers and chips. */
const MEANING: Record<Theme, Record<string, string>> = {
  light: { crypto: '#c24f00', 'crypto-2': '#8a3800', ai: '#0072b2', 'ai-2': '#004b75', macro: '#5c5c5c', 'macro-2': '#737373', muted: '#858b93', brand: '#0b5f73' },
  dark: { crypto: '#f5793a', 'crypto-2': '#ffb27f', ai: '#56b4e9', 'ai-2': '#a6d8f5', macro: '#b4b4b4', 'macro-2': '#8c8c8c', muted: '#6f7780', brand: '#5fb3c7' },
};

/** The custom properties for a theme, e.g. `:root { --chart-1: #0072b2; ... }`. */
export function chartVariables(theme: Theme = 'light', selector = ':root'): string {
  const colours = PALETTE[theme];
  const series = colours.series.map((colour, i) => `--chart-${i + 1}:${colour};`).join('');
  const meaning = Object.entries(MEANING[theme]).map(([slot, colour]) => `--c-${slot}:${colour};`).join('');
  return `${selector}{${series}${meaning}--chart-text:${colours.text};--chart-axis:${colours.axis};--chart-grid:${colours.grid};--chart-bg:${colours.background};}`;
}

/** The rules that map chart classes to the custom properties (theme independent). */
export function chartRules(): string {
  const rules = [
    '.chart{overflow:visible}',
    '.chart text{fill:var(--chart-text)}',
    '.chart .grid line{stroke:var(--chart-grid);stroke-width:1}',
    '.chart .grid line.zero{stroke:var(--chart-axis)}',
    '.chart .axis line{stroke:var(--chart-axis);stroke-width:1}',
    '.chart .axis text,.chart .axis-title{fill:var(--chart-text)}',
    '.chart .line{fill:none;stroke-width:2.5;stroke-linejoin:round;stroke-linecap:round}',
    '.chart .area{fill-opacity:0.25;stroke:none}',
    '.chart--area .area.stacked{fill-opacity:0.85}',
    '.chart .dot{fill-opacity:0.85;stroke:var(--chart-bg);stroke-width:1}',
    '.chart .direct-label{font-weight:600}',
    '.chart .rule{stroke:var(--chart-axis);stroke-width:1.5;stroke-dasharray:5 4}',
    '.chart .baseline{stroke:var(--chart-axis);stroke-width:1}',
    '.chart .annotation-label,.chart .value-label,.chart .point-label{paint-order:stroke;stroke:var(--chart-bg);stroke-width:3px;stroke-linejoin:round}',
  ];
  for (let i = 0; i < SERIES_COLOURS; i++) {
    const colour = `var(--chart-${i + 1})`;
    rules.push(`.chart .line.series-${i}{stroke:${colour}}`);
    rules.push(
      `.chart .area.series-${i},.chart .bar.series-${i},.chart .dot.series-${i},.chart .swatch.series-${i},.chart text.series-${i}{fill:${colour}}`,
    );
  }
  return rules.join('\n');
}

/** Custom properties for `theme` on `selector` plus the class rules: the whole chart stylesheet. */
export function chartCss(theme: Theme = 'light', selector = ':root'): string {
  return `${chartVariables(theme, selector)}\n${chartRules()}\n`;
}
