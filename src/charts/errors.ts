/**
 * The one error type the chart module throws for author mistakes, so the
 * content check and the build can tell "fix your MDX" from a crash.
 * Messages are one line: `chart "<id>": <what is wrong>`; the caller adds the
 * article file in front.
 */
export class ChartSpecError extends Error {
  readonly chartId: string;
  /** The spec field at fault, e.g. `y`, `where`, `join[0].dataset`, `from`. */
  readonly field: string;
  /** The offending value as written by the author. */
  readonly value: unknown;
  /** What would have been accepted, in words (may be empty). */
  readonly expected: string;

  constructor(init: { chartId: string; field: string; value: unknown; expected?: string; detail: string }) {
    super(`chart "${init.chartId}": ${init.detail}`);
    this.name = 'ChartSpecError';
    this.chartId = init.chartId;
    this.field = init.field;
    this.value = init.value;
    this.expected = init.expected ?? '';
  }
}
