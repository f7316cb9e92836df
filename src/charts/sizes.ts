/**
 * Layout constants shared by the renderers: one place to tune sizes for
 * legibility. Font sizes are in viewBox units at the default 640 width, so
 * 14 still reads at about 7-8 px on a 320 px phone column.
 */
export const WIDTH = 640;
export const HEIGHT = 360;
export const FONT = 14;
export const LINE_HEIGHT = 18;
/** Gap between a tick label and the plot. */
export const TICK_GAP = 8;
/** Target tick counts (few, so labels never crowd at 320 px). */
export const X_TICKS = 5;
export const Y_TICKS = 5;
/** Direct labels wider than this switch the chart to a legend. */
export const MAX_DIRECT_LABEL = 170;
export const MAX_SERIES_FOR_LABELS = 6;
