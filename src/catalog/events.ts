/**
 * Events on charts: `<Chart events={["chatgpt-launch"]}>` draws each named event of content/events/ as
 * an annotation with the event's label, so the same event reads the same way on every chart. An id
 * that names no event, or an event outside the chart's x range, stops the build at the chart's line.
 */
import type { PreparedChart } from '../charts/index.ts';
import type { ChartSpec } from '../model/chart-spec.ts';
import { displayPrecision, formatIsoDate, intervalOf, parseDateText } from '../model/dates.ts';
import type { EventData } from '../model/collections.ts';
import type { Entry } from './load.ts';

type Events = ReadonlyMap<string, Entry<EventData>>;

/** The event ids a chart marks: its list, or every event for "all". */
export function chartEventIds(spec: ChartSpec, events: Events): string[] {
  if (spec.events === undefined) return [];
  return spec.events === 'all' ? [...events.keys()] : spec.events;
}

/** The dates a chart's x axis covers: from the start of its first period to the end of its last. */
function rangeOf(prepared: PreparedChart): [Date, Date] | undefined {
  const xs = prepared.xs.filter((x): x is Date => x instanceof Date);
  if (xs.length === 0) return undefined;
  return [xs[0]!, intervalOf(displayPrecision(prepared.xColumn)).offset(xs.at(-1)!, 1)];
}

/** The ids of the events a chart draws: those it names that exist and fall inside its range. */
export function markedEventIds(prepared: PreparedChart, events: Events): string[] {
  const range = rangeOf(prepared);
  const startOf = (id: string) => (events.get(id) && parseDateText(events.get(id)!.data.date)?.start)?.getTime();
  return chartEventIds(prepared.spec, events)
    .filter((id) => {
      const start = startOf(id);
      return start !== undefined && range !== undefined && start >= range[0].getTime() && start < range[1].getTime();
    })
    .sort((a, b) => eventOrder(events.get(a)!.data.date) - eventOrder(events.get(b)!.data.date));
}

/**
 * Where an event falls in date order: an event dated only by its month (or year) may be any day of
 * it, and is known no earlier than its period's end, so it comes after the events dated within it.
 */
export function eventOrder(date: string): number {
  const period = parseDateText(date);
  if (!period) return Number.POSITIVE_INFINITY;
  return period.precision === 'day' ? period.start.getTime() : period.end.getTime() - 1;
}

/** For each event, the charts that mark it, as page key and chart id, in page order. */
export function eventUses(charts: ReadonlyMap<string, ReadonlyMap<string, PreparedChart>>, events: Events): Map<string, { page: string; chart: string }[]> {
  const uses = new Map<string, { page: string; chart: string }[]>([...events.keys()].map((id) => [id, []]));
  for (const [page, byId] of charts) for (const [chart, prepared] of byId) for (const id of markedEventIds(prepared, events)) uses.get(id)?.push({ page, chart });
  return uses;
}

/**
 * The prepared chart with one annotation per marked event, at its date, with its label, after the
 * author's own: the chart module draws them as it draws any annotation. "all" marks those in range.
 */
export function markEvents(prepared: PreparedChart, events: Events): PreparedChart {
  const marked = markedEventIds(prepared, events).map((id) => ({ x: events.get(id)!.data.date, label: events.get(id)!.data.label }));
  if (marked.length === 0) return prepared;
  return { ...prepared, spec: { ...prepared.spec, annotations: [...(prepared.spec.annotations ?? []), ...marked] } };
}

/** Why the chart's events cannot be drawn (unknown ids, a non-date axis, dates outside the range), one message each. */
export function eventProblems(spec: ChartSpec, prepared: PreparedChart | undefined, events: Events): string[] {
  const ids = chartEventIds(spec, events);
  const known = [...events.keys()].sort();
  const problems = ids.filter((id) => !events.has(id)).map((id) => `<Chart id="${spec.id}">: unknown event "${id}"; expected one of ${known.join(', ') || '(none: add files to content/events/)'}`);
  if (!prepared || ids.length === 0) return problems;
  const range = rangeOf(prepared);
  if (!range) return [...problems, `<Chart id="${spec.id}">: events need a date x axis; "${spec.x}" is not a date column`];
  if (spec.events === 'all') return problems;
  const shown = `${formatIsoDate(range[0], displayPrecision(prepared.xColumn))} to ${formatIsoDate(prepared.xs.at(-1) as Date, displayPrecision(prepared.xColumn))}`;
  for (const id of ids) {
    const date = events.get(id) && parseDateText(events.get(id)!.data.date);
    if (date && (date.start < range[0] || date.start >= range[1])) {
      problems.push(`<Chart id="${spec.id}">: event "${id}" (${events.get(id)!.data.date}) is outside the chart's range, ${shown}; widen from/to or drop the event`);
    }
  }
  return problems;
}
