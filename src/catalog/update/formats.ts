/**
 * Publishers' machine formats -> dated observations. One parser per `update.format`; each refuses a body
 * that is not what the format promises (an HTML error page, a cut-off file) rather than reading part of it.
 */
import { csvParseRows } from 'd3';
import type { DatasetUpdate } from '../../model/collections.ts';
import { NUMBER } from '../csv.ts';

/** One value the source gives for one day, with the text it wrote, so values are kept as published. */
export interface Observation {
  /** YYYY-MM-DD */
  date: string;
  value: number;
  text: string;
}

/** Why a response cannot be used: `malformed` (not the format at all) or `schema` (values of the wrong kind). */
export class ResponseError extends Error {
  constructor(
    readonly kind: 'malformed' | 'schema',
    message: string,
  ) {
    super(message);
  }
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * FRED's graph CSV (`fredgraph.csv?id=M2SL`): a header `observation_date,M2SL` (older files: `DATE`),
 * then one dated value per line; "." marks a day with no value (a market holiday) and is skipped.
 */
function fredCsv(body: string): Observation[] {
  const [header, ...rows] = csvParseRows(body.trim());
  if (!header || header.length !== 2 || !/^(observation_date|DATE)$/.test(header[0]!)) {
    throw new ResponseError('malformed', `not a FRED CSV: expected a header "observation_date,<SERIES>", got "${(header ?? []).join(',').slice(0, 80)}"`);
  }
  return rows.flatMap((row, index) => {
    const [date = '', text = ''] = row;
    const line = index + 2;
    if (row.length !== 2 || !DAY.test(date)) throw new ResponseError('malformed', `line ${line}: expected "YYYY-MM-DD,value", got "${row.join(',').slice(0, 80)}"`);
    if (text === '.') return [];
    if (!NUMBER.test(text)) throw new ResponseError('schema', `line ${line} (${date}): "${text}" is not a number`);
    return [{ date, value: Number(text), text }];
  });
}

/**
 * CoinGecko's `market_chart` JSON: `prices` as [milliseconds, price] pairs. A point at 00:00 UTC on day D
 * is the close of D-1 (CoinGecko's rule since 2018-01-30, the one the bundled rows follow), so it is dated
 * D-1; the extra point CoinGecko adds for the current moment is not a close and is left out.
 */
function coingeckoJson(body: string): Observation[] {
  let prices: unknown;
  try {
    prices = (JSON.parse(body) as { prices?: unknown }).prices;
  } catch {
    throw new ResponseError('malformed', `not JSON: "${body.slice(0, 80)}"`);
  }
  if (!Array.isArray(prices) || prices.length === 0) throw new ResponseError('malformed', 'no "prices" array in the response');
  return prices.flatMap((point: unknown, index) => {
    if (!Array.isArray(point) || typeof point[0] !== 'number' || typeof point[1] !== 'number' || !Number.isFinite(point[1])) {
      throw new ResponseError('schema', `prices[${index}]: expected [milliseconds, number], got ${JSON.stringify(point).slice(0, 80)}`);
    }
    const [time, value] = point as [number, number];
    if (time % 86_400_000 !== 0) return [];
    const date = new Date(time - 86_400_000).toISOString().slice(0, 10);
    return [{ date, value, text: String(value) }];
  });
}

export const FORMATS: Record<NonNullable<DatasetUpdate['format']>, (body: string) => Observation[]> = {
  'fred-csv': fredCsv,
  'coingecko-json': coingeckoJson,
};
