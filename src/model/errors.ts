/**
 * The errors bad input raises, and the small helpers that word their messages. A message is a single
 * line a contributor can act on without reading code:
 *
 *   content/data/btc.csv:14: column "close_usd" (number): "12,5" is not a number; expected a plain decimal such as 1234.5
 */
import { formatIsoDate } from './dates.ts';
import { MESSAGES, type MessageCode, type Severity } from './messages.ts';

export interface ContentErrorDetails {
  /** Path relative to the project root, e.g. `content/articles/global-m2.mdx`. */
  file: string;
  /** 1-based line in the file, when known. */
  line?: number;
  /** Which kind of mistake it is: an entry of the catalogue in messages.ts. */
  code: MessageCode;
  /** What is wrong and what is accepted. */
  message: string;
}

/** One problem in content, with file and line. Warnings (by their catalogue entry) do not stop a build. */
export class ContentError extends Error {
  readonly file: string;
  readonly line: number | undefined;
  readonly code: MessageCode;
  readonly severity: Severity;
  readonly detail: string;

  constructor({ file, line, code, message }: ContentErrorDetails) {
    super(`${file}${line ? `:${line}` : ''}: ${message}`);
    this.name = 'ContentError';
    this.file = file;
    this.line = line;
    this.code = code;
    this.severity = MESSAGES[code].severity;
    this.detail = message;
  }
}

/** Several problems at once: contributors fix everything in one round instead of one per build. */
export class ContentErrors extends Error {
  // Not named `errors`: Astro's error printer treats that like an AggregateError and shows only the first.
  readonly problems: ContentError[];
  /** Where Astro's dev overlay opens its code frame and "Open in editor": the first problem's file and line. */
  readonly loc: { file: string; line: number; column: number } | undefined;

  constructor(problems: ContentError[]) {
    const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
    super(`Content check found ${count}:\n${problems.map((problem) => `  - ${problem.message}`).join('\n')}`);
    this.name = 'ContentErrors';
    this.problems = problems;
    const [first] = problems;
    this.loc = first ? { file: first.file, line: first.line ?? 1, column: 1 } : undefined;
    // The stack would point into the checker, not at the content; the message already names file and line.
    this.stack = `${this.name}: ${this.message}`;
  }
}

/**
 * An author's chart that cannot be drawn from the data, so the check can tell "fix your MDX" from a
 * crash. One line, `chart "<id>": <what is wrong>`; the caller adds the article file and line.
 */
export class ChartSpecError extends Error {
  readonly chartId: string;

  constructor(chartId: string, detail: string) {
    super(`chart "${chartId}": ${detail}`);
    this.name = 'ChartSpecError';
    this.chartId = chartId;
  }
}

/** Quote a value for a message, shortening long ones so the line stays readable. */
export function show(value: unknown): string {
  if (value instanceof Date) return formatIsoDate(value);
  if (typeof value === 'string') return JSON.stringify(value.length > 80 ? `${value.slice(0, 77)}...` : value);
  return JSON.stringify(value) ?? String(value);
}

const OR = new Intl.ListFormat('en-GB', { type: 'disjunction' });
const AND = new Intl.ListFormat('en-GB', { type: 'conjunction' });

/** "a, b or c" (or "a, b and c"): items as written, joined as British English does. */
export function listOf(items: readonly string[], join: 'or' | 'and' = 'or'): string {
  return (join === 'or' ? OR : AND).format(items);
}

/** `"a", "b" or "c"`: the accepted values in a message, quoted. */
export function oneOf(values: readonly string[]): string {
  return values.length === 0 ? '(none defined yet)' : listOf(values.map((value) => JSON.stringify(value)));
}
