/**
 * The site's two typefaces, self-hosted from npm packages (both SIL Open Font License): Charis SIL
 * for reading text, Source Sans 3 for headings, navigation, charts and social cards. Each face is
 * the Latin subset as WOFF2, named by its module specifier, so the pages (through Vite), the chart
 * metrics (through fontkit) and the social cards (through resvg) all read the very same file.
 *
 * A first visit loads at most these four files, 78 KB (the budget is 80 KB: scripts/size-budget.ts).
 * So there is no bold Charis (22 KB more on any page with one bold word in the serif): the rare bold
 * word in running text is emboldened by the browser, and labels set in bold belong in the UI face.
 * Source Sans has no bold file either: its semibold answers weights 600 to 700.
 */

export const TEXT_FAMILY = 'Charis SIL';
export const UI_FAMILY = 'Source Sans 3';

export interface WebFontFace {
  family: typeof TEXT_FAMILY | typeof UI_FAMILY;
  /** A weight, or the range of requested weights this one file answers. */
  weight: number | readonly [number, number];
  style: 'normal' | 'italic';
  /** Module specifier of the WOFF2 file. */
  file: string;
}

/** The UI face at the two weights charts and cards use: regular text, and semibold for emphasis. */
export const UI_REGULAR_FILE = '@fontsource/source-sans-3/files/source-sans-3-latin-400-normal.woff2';
export const UI_SEMIBOLD_FILE = '@fontsource/source-sans-3/files/source-sans-3-latin-600-normal.woff2';

export const WEB_FONT_FACES: readonly WebFontFace[] = [
  { family: TEXT_FAMILY, weight: 400, style: 'normal', file: '@fontsource/charis-sil/files/charis-sil-latin-400-normal.woff2' },
  { family: TEXT_FAMILY, weight: 400, style: 'italic', file: '@fontsource/charis-sil/files/charis-sil-latin-400-italic.woff2' },
  { family: UI_FAMILY, weight: 400, style: 'normal', file: UI_REGULAR_FILE },
  { family: UI_FAMILY, weight: [600, 700], style: 'normal', file: UI_SEMIBOLD_FILE },
];
