/**
 * The site's colours that carry meaning, in one place: each subject has its colour on every chart,
 * kicker, chip, social card and the logo. Crypto is vermilion, AI blue, macro context (money supply,
 * stock indexes) grey; a second series of the same subject takes that subject's second tone. Series
 * with no subject (definitions compared side by side) take the other Okabe-Ito hues, and context bars
 * a muted grey beside the one highlighted bar. SVG markup carries only classes (`c-crypto` ...); the
 * colours come from CSS custom properties (`--c-crypto` ...), so light, dark and print need no
 * re-rendering and the page's other elements can use the same variables.
 *
 * WCAG 2 contrast on the chart background (asserted in the unit tests: 4.5:1 for every colour that
 * also colours text, 3:1 for `muted`, which only fills bars):
 *
 *   slot       light on #ffffff     dark on #111418
 *   crypto     #c24f00  4.76:1      #f5793a  6.75:1
 *   crypto-2   #8a3800  7.94:1      #ffb27f  10.49:1
 *   crypto-3   #5c2600  12.12:1      #ffd3b5  13.40:1
 *   ai         #0072b2  5.19:1      #56b4e9  8.00:1
 *   ai-2       #004b75  9.28:1      #a6d8f5  12.10:1
 *   ai-3       #00324f  13.38:1      #d3ecfb  15.09:1
 *   macro      #5c5c5c  6.69:1      #b4b4b4  8.91:1
 *   macro-2    #737373  4.74:1      #8c8c8c  5.49:1
 *   macro-3    #2b2b2b  14.16:1      #dcdcdc  13.47:1
 *   other-1    #00805c  4.95:1      #2fbf8f  7.89:1
 *   other-2    #b4458e  5.02:1      #e08fc0  7.79:1
 *   other-3    #956300  5.17:1      #e6a700  8.70:1
 *   other-4    #6a51a3  6.33:1      #b8a9e6  8.67:1
 *   other-5    #3d4451  9.79:1      #d0d4da  12.41:1
 *   muted      #858b93  3.44:1      #6f7780  4.07:1
 *   brand      #0b5f73  7.24:1      #5fb3c7  7.70:1
 */
import type { Subject } from '../model/subjects.ts';

export type Theme = 'light' | 'dark';

/** What a mark's colour says: a subject (and its second tone), another series, a context bar, the brand. */
export const SLOTS = ['crypto', 'crypto-2', 'crypto-3', 'ai', 'ai-2', 'ai-3', 'macro', 'macro-2', 'macro-3', 'other-1', 'other-2', 'other-3', 'other-4', 'other-5', 'muted', 'brand'] as const;
export type ColourSlot = (typeof SLOTS)[number];

/** The slots a subject's series may take, first tone first. */
export const SUBJECT_SLOTS: Readonly<Record<Subject, readonly ColourSlot[]>> = {
  crypto: ['crypto', 'crypto-2', 'crypto-3'],
  ai: ['ai', 'ai-2', 'ai-3'],
  macro: ['macro', 'macro-2', 'macro-3'],
};

/** Slots for series with no subject, or more of one subject than it has tones. */
export const OTHER_SLOTS: readonly ColourSlot[] = ['other-1', 'other-2', 'other-3', 'other-4', 'other-5'];

export interface ThemeColours {
  background: string;
  text: string;
  axis: string;
  grid: string;
  slots: Readonly<Record<ColourSlot, string>>;
}

export const PALETTE: Readonly<Record<Theme, ThemeColours>> = {
  light: {
    background: '#ffffff',
    text: '#1f2328',
    axis: '#6b7280',
    grid: '#e3e6ea',
    slots: {
      crypto: '#c24f00',
      'crypto-2': '#8a3800',
      'crypto-3': '#5c2600',
      ai: '#0072b2',
      'ai-2': '#004b75',
      'ai-3': '#00324f',
      macro: '#5c5c5c',
      'macro-2': '#737373',
      'macro-3': '#2b2b2b',
      'other-1': '#00805c',
      'other-2': '#b4458e',
      'other-3': '#956300',
      'other-4': '#6a51a3',
      'other-5': '#3d4451',
      muted: '#858b93',
      brand: '#0b5f73',
    },
  },
  dark: {
    background: '#111418',
    text: '#e6e8eb',
    axis: '#9aa3ad',
    grid: '#2b3038',
    slots: {
      crypto: '#f5793a',
      'crypto-2': '#ffb27f',
      'crypto-3': '#ffd3b5',
      ai: '#56b4e9',
      'ai-2': '#a6d8f5',
      'ai-3': '#d3ecfb',
      macro: '#b4b4b4',
      'macro-2': '#8c8c8c',
      'macro-3': '#dcdcdc',
      'other-1': '#2fbf8f',
      'other-2': '#e08fc0',
      'other-3': '#e6a700',
      'other-4': '#b8a9e6',
      'other-5': '#d0d4da',
      muted: '#6f7780',
      brand: '#5fb3c7',
    },
  },
};

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

/** The custom properties for a theme, e.g. `:root { --c-crypto: #c24f00; ... }`. */
export function chartVariables(theme: Theme = 'light', selector = ':root'): string {
  const colours = PALETTE[theme];
  const slots = SLOTS.map((slot) => `--c-${slot}:${colours.slots[slot]};`).join('');
  return `${selector}{${slots}--chart-text:${colours.text};--chart-axis:${colours.axis};--chart-grid:${colours.grid};--chart-bg:${colours.background};}`;
}

/** The rules that map chart classes to the custom properties (theme independent). */
export function chartRules(): string {
  const rules = [
    '.chart{overflow:visible}',
    '.chart text{fill:var(--chart-text)}',
    '.chart .axis text,.chart .axis-name,.chart .not-stated{fill:var(--chart-axis)}',
    '.chart .grid line{stroke:var(--chart-grid);stroke-width:1}',
    '.chart .grid line.zero{stroke:var(--chart-axis)}',
    '.chart .axis line{stroke:var(--chart-axis);stroke-width:1}',
    '.chart .line{fill:none;stroke-width:2.5;stroke-linejoin:round;stroke-linecap:round}',
    '.chart .area{fill-opacity:0.25;stroke:none}',
    '.chart--area .area.stacked{fill-opacity:0.85}',
    '.chart .dot{fill-opacity:0.85;stroke:var(--chart-bg);stroke-width:1}',
    '.chart .direct-label,.chart .value-label,.chart .legend-key{font-weight:600}',
    '.chart .rule{stroke:var(--chart-axis);stroke-width:1.5;stroke-dasharray:5 4}',
    '.chart .baseline{stroke:var(--chart-axis);stroke-width:1}',
    '.chart .stub{fill:none;stroke:var(--chart-axis);stroke-width:1;stroke-dasharray:3 3}',
    '.chart .not-stated{font-style:italic}',
    '.chart .annotation-key{fill:var(--chart-axis)}',
    '.chart .annotation-label,.chart .value-label,.chart .point-label{paint-order:stroke;stroke:var(--chart-bg);stroke-width:3px;stroke-linejoin:round}',
    '.chart .readout-rule{stroke:var(--chart-axis);stroke-width:1}',
    '.chart .thumb-line{stroke-width:1.5;vector-effect:non-scaling-stroke}',
    '.chart .readout-dot{fill:var(--chart-bg);stroke-width:2.5}',
    '.chart .bar.is-active{stroke:var(--chart-text);stroke-width:2}',
  ];
  for (const slot of SLOTS) {
    rules.push(`.chart .line.c-${slot},.chart .readout-dot.c-${slot}{stroke:var(--c-${slot})}`);
    rules.push(`.chart .area.c-${slot},.chart .bar.c-${slot},.chart .dot.c-${slot},.chart .swatch.c-${slot},.chart text.c-${slot}{fill:var(--c-${slot})}`);
  }
  return rules.join('\n');
}

/** Large fills glare on a dark background: bars and stacked areas are drawn a little translucent there. */
const DARK_FILLS = '.chart .bar,.chart--area .area.stacked{fill-opacity:0.8}';

/** Custom properties for `theme` on `selector` plus the class rules: the whole chart stylesheet. */
export function chartCss(theme: Theme = 'light', selector = ':root'): string {
  return `${chartVariables(theme, selector)}\n${chartRules()}\n${theme === 'dark' ? `${DARK_FILLS}\n` : ''}`;
}

/** The page stylesheet: both themes (dark by the reader's setting), light for print, and the rules. */
export function pageChartCss(): string {
  return [
    chartVariables('light', ':root'),
    `@media (prefers-color-scheme: dark){${chartVariables('dark', ':root')}${DARK_FILLS}}`,
    // Print on white paper regardless of the reader's screen theme.
    `@media print{${chartVariables('light', ':root')}}`,
    chartRules(),
  ].join('\n');
}
