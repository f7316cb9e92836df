/**
 * Pivot Point's mark: a line that falls, turns at a marked dot and rises. The fall is drawn in the
 * crypto colour and the rise in the AI colour, the site's question in one glyph. This is its one
 * source: the header and footer, the favicon, the social cards and the downloaded chart SVGs all draw
 * it from these paths. Strings only, no DOM, so any layer can use it.
 */

/** The mark's coordinate space: a 32-unit square. */
export const MARK_SIZE = 32;
export const MARK_VIEWBOX = `0 0 ${MARK_SIZE} ${MARK_SIZE}`;

/**
 * The falling segment (crypto), the rising one (AI), and the pivot where they meet: a ring like a
 * chart's data marker, filled with the background so the two lines seem to turn inside it.
 */
export const MARK = {
  fall: 'M3.5 9.5L13 22',
  rise: 'M13 22L28.5 5',
  pivot: { cx: 13, cy: 22, r: 4 },
  /** Line width in viewBox units: 3 px at 24 px, thick enough to read at favicon size. */
  stroke: 4,
  /** Width of the pivot's ring. */
  ring: 2.75,
} as const;

/** Colours for the mark: any CSS colour, including `var(--c-crypto)` where the page defines it. */
export interface MarkColours {
  crypto: string;
  ai: string;
  /** The pivot's ring: the ink colour. */
  pivot: string;
  /** The page or panel behind the mark, which fills the ring. */
  background: string;
}

/** The mark's shapes, without the outer `<svg>`, in viewBox units (for nesting in a `<g>` or `<svg>`). */
export function markShapes(colours: MarkColours): string {
  const line = `fill="none" stroke-width="${MARK.stroke}" stroke-linecap="round" stroke-linejoin="round"`;
  const { cx, cy, r } = MARK.pivot;
  return (
    `<path d="${MARK.fall}" stroke="${colours.crypto}" ${line}/>` +
    `<path d="${MARK.rise}" stroke="${colours.ai}" ${line}/>` +
    `<circle cx="${cx}" cy="${cy}" r="${r}" fill="${colours.background}" stroke="${colours.pivot}" stroke-width="${MARK.ring}"/>`
  );
}

/** The mark as a nested `<svg>` at (x, y), `size` units square: for social cards and chart downloads. */
export function markSvg(colours: MarkColours, at: { x: number; y: number; size: number }): string {
  return `<svg x="${at.x}" y="${at.y}" width="${at.size}" height="${at.size}" viewBox="${MARK_VIEWBOX}" aria-hidden="true">${markShapes(colours)}</svg>`;
}
