/**
 * `npm run fonts:metrics`: measures the installed web fonts (src/model/fonts.ts) and writes
 *
 * - src/styles/fonts.css: the @font-face rules for the self-hosted WOFF2 files, then, for each face,
 *   metric-matched fallbacks: faces on fonts readers already have (Georgia, Times New Roman or its
 *   metric twin Liberation Serif, DejaVu, Noto, Arial or Liberation Sans, Roboto) scaled with
 *   size-adjust and ascent/descent/line-gap overrides to the web font's average width and vertical
 *   metrics (Capsize's method), so text keeps its line breaks when the web font arrives;
 * - src/charts/font-metrics.ts: the advance width of every character the chart font draws, regular
 *   and semibold, read with fontkit, so the chart renderer measures labels exactly.
 *
 * Run it after changing a font package or src/model/fonts.ts; a unit test fails while the committed
 * files differ from what this makes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { createFontStack } from '@capsizecss/core';
import { fromFile } from '@capsizecss/unpack/fs';
import * as fontkit from 'fontkit';
import { TEXT_FAMILY, UI_FAMILY, UI_REGULAR_FILE, UI_SEMIBOLD_FILE, WEB_FONT_FACES, type WebFontFace } from '../src/model/fonts.ts';

export const CSS_FILE = 'src/styles/fonts.css';
export const METRICS_FILE = 'src/charts/font-metrics.ts';

const require = createRequire(import.meta.url);

/** What Capsize needs of a font to match another to it. */
interface Metrics {
  familyName: string;
  fullName?: string;
  postscriptName?: string;
  ascent: number;
  descent: number;
  lineGap: number;
  unitsPerEm: number;
  xWidthAvg: number;
  capHeight: number;
  xHeight: number;
}

type Variant = 'regular' | 'italic' | 'bold';

/**
 * Fonts readers have that no npm package ships, measured by @capsizecss/metrics 4.3.0 (ascent,
 * descent, line gap, em and the letter-frequency-weighted average width). Liberation Serif and Sans
 * are metric twins of Times New Roman and Arial (same numbers, checked), so they share a face.
 */
const SYSTEM: Record<string, { local: string[][]; em: number; ascent: number; descent: number; lineGap: number; width: Partial<Record<Variant, number>> }> = {
  Georgia: {
    local: [['Georgia'], ['Georgia Italic', 'Georgia-Italic'], ['Georgia Bold', 'Georgia-Bold']],
    em: 2048, ascent: 1878, descent: -449, lineGap: 0, width: { regular: 913, italic: 931, bold: 1062 },
  },
  'Times New Roman': {
    local: [
      ['Times New Roman', 'TimesNewRomanPSMT', 'Liberation Serif', 'LiberationSerif'],
      ['Times New Roman Italic', 'TimesNewRomanPS-ItalicMT', 'Liberation Serif Italic', 'LiberationSerif-Italic'],
      ['Times New Roman Bold', 'TimesNewRomanPS-BoldMT', 'Liberation Serif Bold', 'LiberationSerif-Bold'],
    ],
    em: 2048, ascent: 1825, descent: -443, lineGap: 87, width: { regular: 832, italic: 836, bold: 886 },
  },
  'Noto Serif': {
    local: [['Noto Serif', 'NotoSerif-Regular'], ['Noto Serif Italic', 'NotoSerif-Italic'], ['Noto Serif Bold', 'NotoSerif-Bold']],
    em: 1000, ascent: 1069, descent: -293, lineGap: 0, width: { regular: 481, italic: 469, bold: 512 },
  },
  Arial: {
    local: [['Arial', 'ArialMT', 'Liberation Sans', 'LiberationSans'], [], ['Arial Bold', 'Arial-BoldMT', 'Liberation Sans Bold', 'LiberationSans-Bold']],
    em: 2048, ascent: 1854, descent: -434, lineGap: 67, width: { regular: 913, bold: 983 },
  },
  Roboto: {
    local: [['Roboto', 'Roboto-Regular'], [], ['Roboto Bold', 'Roboto-Bold']],
    em: 2048, ascent: 1900, descent: -500, lineGap: 0, width: { regular: 911, bold: 926 },
  },
};

/** DejaVu ships with most Linux desktops and in the dejavu-fonts-ttf package: measured from its files. */
const DEJAVU: Record<string, Partial<Record<Variant, string>>> = {
  'DejaVu Serif': { regular: 'DejaVuSerif.ttf', italic: 'DejaVuSerif-Italic.ttf', bold: 'DejaVuSerif-Bold.ttf' },
  'DejaVu Sans': { regular: 'DejaVuSans.ttf', bold: 'DejaVuSans-Bold.ttf' },
};

/** Fallbacks in the order a browser tries them: the first installed one stands in until the web font loads. */
const FALLBACKS = { [TEXT_FAMILY]: ['Georgia', 'Times New Roman', 'DejaVu Serif', 'Noto Serif'], [UI_FAMILY]: ['Arial', 'Roboto', 'DejaVu Sans'] };
const GENERIC = { [TEXT_FAMILY]: 'serif', [UI_FAMILY]: 'sans-serif' };

const VARIANT_INDEX: Record<Variant, number> = { regular: 0, italic: 1, bold: 2 };

function variantOf(face: WebFontFace): Variant {
  if (face.style === 'italic') return 'italic';
  const weight = typeof face.weight === 'number' ? face.weight : face.weight[0];
  return weight >= 600 ? 'bold' : 'regular';
}

const cssWeight = (weight: WebFontFace['weight']) => (typeof weight === 'number' ? String(weight) : weight.join(' '));

/** The fallback's metrics and local() names for a variant, or undefined when it has no such variant. */
async function fallbackMetrics(name: string, variant: Variant): Promise<{ metrics: Metrics; local: string[] } | undefined> {
  const system = SYSTEM[name];
  if (system) {
    const width = system.width[variant];
    const local = system.local[VARIANT_INDEX[variant]] ?? [];
    if (width === undefined || local.length === 0) return undefined;
    const { em, ascent, descent, lineGap } = system;
    return { metrics: { familyName: name, ascent, descent, lineGap, unitsPerEm: em, xWidthAvg: width, capHeight: 0, xHeight: 0 }, local };
  }
  const file = DEJAVU[name]?.[variant];
  if (!file) return undefined;
  const metrics = await fromFile(require.resolve(`dejavu-fonts-ttf/ttf/${file}`));
  return { metrics: { ...metrics, familyName: name }, local: [metrics.fullName, metrics.postscriptName].filter((n): n is string => Boolean(n)) };
}

/** The unicode-range fontsource gives the Latin subset of a face, read from the package's own CSS. */
function unicodeRange(file: string): string {
  const base = file.replace(/^.*\/files\//, '').replace(/\.woff2$/, '');
  const [, weight, style] = /-(\d+)-(normal|italic)$/.exec(base) ?? [];
  const packageCss = file.replace(/\/files\/.*$/, `/${weight}${style === 'italic' ? '-italic' : ''}.css`);
  const css = readFileSync(require.resolve(packageCss), 'utf8');
  const block = css.slice(css.indexOf(`/* ${base} */`));
  const range = /unicode-range:\s*([^;]+);/.exec(block)?.[1];
  if (!range) throw new Error(`font-metrics: no unicode-range for ${base} in ${packageCss}`);
  return range.trim();
}

const quote = (family: string) => `'${family}'`;

/** One face's web @font-face and its fallbacks' @font-face rules; also the fallback family names. */
async function faceRules(face: WebFontFace): Promise<{ css: string[]; families: string[] }> {
  const variant = variantOf(face);
  const style = { fontStyle: face.style, fontWeight: cssWeight(face.weight) };
  const css = [
    `@font-face {\n  font-family: ${quote(face.family)};\n  font-style: ${face.style};\n  font-weight: ${style.fontWeight};\n  font-display: swap;\n` +
      `  src: url('${face.file}') format('woff2');\n  unicode-range: ${unicodeRange(face.file)};\n}`,
  ];
  const families: string[] = [];
  const web = { ...(await fromFile(require.resolve(face.file))), familyName: face.family };
  for (const name of FALLBACKS[face.family]) {
    const fallback = await fallbackMetrics(name, variant);
    if (!fallback) continue;
    const { fontFaces } = createFontStack([web, fallback.metrics], { fontFaceFormat: 'styleObject', fontFaceProperties: style });
    for (const { '@font-face': rule } of fontFaces) {
      // Capsize names a lone fallback "<family> Fallback"; with several, each must keep its own name.
      const family = `${face.family} Fallback: ${name}`;
      families.push(family);
      const { fontFamily: _named, src: _src, ...overrides } = rule;
      const declarations = {
        'font-family': quote(family),
        src: fallback.local.map((local) => `local('${local}')`).join(', '),
        ...Object.fromEntries(Object.entries(overrides).map(([key, value]) => [key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`), value])),
      };
      css.push(`@font-face {\n${Object.entries(declarations).map(([key, value]) => `  ${key}: ${value};`).join('\n')}\n}`);
    }
  }
  return { css, families };
}

/** The whole of src/styles/fonts.css. */
export async function fontsCss(): Promise<string> {
  const rules: string[] = [];
  const stacks = new Map<string, string[]>();
  for (const face of WEB_FONT_FACES) {
    const { css, families } = await faceRules(face);
    rules.push(...css);
    const stack = stacks.get(face.family) ?? [];
    for (const family of families) if (!stack.includes(family)) stack.push(family);
    stacks.set(face.family, stack);
  }
  const variable = (family: typeof TEXT_FAMILY | typeof UI_FAMILY) =>
    [family, ...(stacks.get(family) ?? [])].map(quote).concat(GENERIC[family]).join(', ');
  return [
    '/*',
    ' * Generated by `npm run fonts:metrics` (scripts/font-metrics.ts) from the installed font packages: do',
    ' * not edit. The web fonts, then each face\'s metric-matched fallbacks on fonts readers already have.',
    ' */',
    '',
    `:root {\n  --font-text: ${variable(TEXT_FAMILY)};\n  --font-ui: ${variable(UI_FAMILY)};\n}`,
    '',
    rules.join('\n\n'),
    '',
  ].join('\n');
}

/** Advance widths in em of every character (from U+0020) a face draws, keyed by the character. */
function advances(file: string): Map<string, number> {
  const font = fontkit.openSync(require.resolve(file));
  if (!('characterSet' in font)) throw new Error(`font-metrics: ${file} is a font collection`);
  const widths = new Map<string, number>();
  for (const code of [...font.characterSet].sort((a, b) => a - b)) {
    if (code < 0x20 || (code >= 0x7f && code < 0xa0)) continue;
    widths.set(String.fromCodePoint(code), font.glyphForCodePoint(code).advanceWidth / font.unitsPerEm);
  }
  return widths;
}

const em = (value: number) => Number(value.toFixed(3));

/** The whole of src/charts/font-metrics.ts. */
export function chartMetricsModule(): string {
  const regular = advances(UI_REGULAR_FILE);
  const semibold = advances(UI_SEMIBOLD_FILE);
  const entries = [...regular.keys()].map((char) => `  ${JSON.stringify(char)}: [${em(regular.get(char)!)}, ${em(semibold.get(char) ?? regular.get(char)!)}],`);
  // Text the font does not draw is drawn by a fallback face: count it at the mean width of letters and digits.
  const common = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'];
  const mean = (widths: Map<string, number>) => em(common.reduce((sum, char) => sum + (widths.get(char) ?? 0), 0) / common.length);
  return [
    '/**',
    ` * Advance widths of the chart font, ${UI_FAMILY}, in em: [regular (400), semibold (600)] for every`,
    ' * character its served Latin subset draws. Generated by `npm run fonts:metrics` (scripts/font-metrics.ts)',
    ' * from the installed WOFF2 files: do not edit; a unit test fails when this differs from what it makes.',
    ' */',
    '',
    `/** The family charts are drawn in (pages load it as a web font). */`,
    `export const CHART_FONT_FAMILY = ${JSON.stringify(UI_FAMILY)};`,
    '',
    '/** Width of a character the font does not draw (a fallback face draws it): the mean of letters and digits. */',
    `export const FALLBACK_ADVANCE: readonly [number, number] = [${mean(regular)}, ${mean(semibold)}];`,
    '',
    'export const ADVANCES: Readonly<Record<string, readonly [number, number]>> = {',
    ...entries,
    '};',
    '',
  ].join('\n');
}

if (process.argv[1] && resolve(process.argv[1]) === import.meta.filename) {
  writeFileSync(CSS_FILE, await fontsCss());
  writeFileSync(METRICS_FILE, chartMetricsModule());
  console.log(`${CSS_FILE}: web fonts and metric-matched fallbacks written\n${METRICS_FILE}: chart font advance widths written`);
}
