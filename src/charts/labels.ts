/**
 * Direct labels at the end of lines, which read faster than a legend.
 * Labels want to sit at their line's last value; a simple collision pass
 * pushes overlapping ones apart vertically, keeping them inside the plot.
 * Returns undefined when they cannot all fit, and the caller uses a legend.
 */

export interface LabelRequest {
  /** Where the label would like to be (its line's end). */
  y: number;
}

/** Vertical centres for each request, in the same order, at least `gap` apart within [top, bottom]. */
export function placeLabels(requests: LabelRequest[], gap: number, top: number, bottom: number): number[] | undefined {
  if (requests.length === 0) return [];
  if (requests.length * gap > bottom - top + gap) return undefined;
  const order = requests.map((req, i) => ({ i, y: Math.min(Math.max(req.y, top), bottom) })).sort((a, b) => a.y - b.y || a.i - b.i);
  // Push down past overlaps, then pull back up from the bottom edge.
  for (let k = 1; k < order.length; k++) {
    const prev = order[k - 1]!;
    const cur = order[k]!;
    if (cur.y - prev.y < gap) cur.y = prev.y + gap;
  }
  const last = order[order.length - 1]!;
  if (last.y > bottom) {
    last.y = bottom;
    for (let k = order.length - 2; k >= 0; k--) {
      const next = order[k + 1]!;
      const cur = order[k]!;
      if (next.y - cur.y < gap) cur.y = next.y - gap;
    }
  }
  if (order[0]!.y < top - 0.01) return undefined;
  const placed: number[] = new Array<number>(requests.length);
  for (const item of order) placed[item.i] = item.y;
  return placed;
}
