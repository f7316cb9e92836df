/**
 * Layout constants shared by the renderers: one place to tune sizes for legibility. Sizes are viewBox
 * units, and each layout is drawn at the width it is shown at (the page never stretches the wide SVG
 * past WIDTH, and the phone layout is about a phone's column), so a unit is about a CSS pixel: tick
 * labels read at about 12.5 px, the smallest text of the figure (with the footer), and labels at 14 px.
 */
export const WIDTH = 680;
export const HEIGHT = 360;
/** Direct labels, legend keys, value labels, annotations. */
export const FONT = 14;
/** Tick labels: the smallest text of a chart. */
export const TICK_FONT = 12.5;
export const LINE_HEIGHT = 18;
/** Gap between a tick label and the plot. */
export const TICK_GAP = 8;
/** Target tick counts (few, so labels never crowd at 320 px). */
export const X_TICKS = 5;
export const Y_TICKS = 5;
/** Direct labels wider than this switch the chart to a legend. */
export const MAX_DIRECT_LABEL = 170;
export const MAX_SERIES_FOR_LABELS = 6;
/** Bar charts with at most this many bars print each value and drop the value axis. */
export const MAX_LABELLED_BARS = 12;
