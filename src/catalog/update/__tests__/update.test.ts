/**
 * `npm run data:update` against recorded responses (./responses/, described in its README) served by a
 * local HTTP server: a good body, a revised value, a truncated body, a malformed one, a non-number, an
 * HTTP error and a timeout. Every failure must leave both files byte-identical. No test reaches the internet.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { UpdateFailed, updateDatasets } from '../update';

const REPO = join(import.meta.dirname, '../../../..');
const RESPONSES = join(import.meta.dirname, 'responses');
const TODAY = new Date('2026-12-02T00:00:00Z');
let server: Server;
let origin = '';

beforeAll(async () => {
  server = createServer((request, response) => {
    const name = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname.slice(1));
    if (name === 'status-500') return void response.writeHead(500, 'Internal Server Error').end('oops');
    if (name === 'slow') return void setTimeout(() => response.end('observation_date,M2SL\n'), 2_000);
    try {
      response.end(readFileSync(join(RESPONSES, name)));
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** A site with the bundled US M2 dataset whose endpoint is `response` on the local server. */
function m2Site(response: string, edit: (csv: string) => string = (csv) => csv, yml: (text: string) => string = (text) => text): string {
  const root = mkdtempSync(join(tmpdir(), 'pivot-update-'));
  mkdirSync(join(root, 'content/data'), { recursive: true });
  const meta = readFileSync(join(REPO, 'content/data/us-m2-monthly.yml'), 'utf8').replace(/url: https:\/\/fred\.stlouisfed\.org\/graph\/[^\n]+/, `url: ${origin}/${response}`);
  writeFileSync(join(root, 'content/data/us-m2-monthly.yml'), yml(meta));
  writeFileSync(join(root, 'content/data/us-m2-monthly.csv'), edit(readFileSync(join(REPO, 'content/data/us-m2-monthly.csv'), 'utf8')));
  return root;
}

const files = (root: string) => Object.fromEntries(readdirSync(join(root, 'content/data')).map((name) => [name, readFileSync(join(root, 'content/data', name), 'utf8')]));
/** The bundled CSV without its last two months, as if bundled two months ago. */
const twoMonthsAgo = (csv: string) => csv.replace(/2026-0[56]-01,[^\n]*\n/g, '');

async function failure(root: string, options = {}): Promise<string> {
  const before = files(root);
  const error = await updateDatasets(root, ['us-m2-monthly'], { today: TODAY, ...options }).catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(UpdateFailed);
  expect(files(root), 'files must be byte-identical after a failure, with no temporary file left').toEqual(before);
  return (error as Error).message;
}

describe('a good response', () => {
  test('appends the new months, writes the retrieval date and the new range, and says so', async () => {
    const root = m2Site('fred-m2sl.csv', twoMonthsAgo);
    const [report] = await updateDatasets(root, ['us-m2-monthly'], { today: TODAY });
    expect(report).toMatchObject({ added: ['2026-05-01', '2026-06-01'], revised: [], kept: [], rows: 378, lastDate: '2026-06-01' });
    expect(readFileSync(join(root, 'content/data/us-m2-monthly.csv'), 'utf8')).toBe(readFileSync(join(REPO, 'content/data/us-m2-monthly.csv'), 'utf8'));
    const meta = readFileSync(join(root, 'content/data/us-m2-monthly.yml'), 'utf8');
    expect(meta).toContain('  retrieved: 2026-12-02\n');
    expect(meta).toContain('to 2026-06 (378 rows)');
  });

  test('replaces a revised value and lists it', async () => {
    const root = m2Site('fred-m2sl.csv', (csv) => csv.replace('2025-12-01,22355.3', '2025-12-01,22366.2'));
    const [report] = await updateDatasets(root, ['us-m2-monthly'], { today: TODAY });
    expect(report!.revised).toEqual([{ date: '2025-12-01', column: 'm2_billions_usd', from: '22366.2', to: '22355.3' }]);
    expect(readFileSync(join(root, 'content/data/us-m2-monthly.csv'), 'utf8')).toContain('2025-12-01,22355.3\r\n');
  });

  test('keeps and reports a month the source no longer has', async () => {
    const root = m2Site('fred-m2sl-without-2026-01.csv', twoMonthsAgo);
    const [report] = await updateDatasets(root, ['us-m2-monthly'], { today: TODAY });
    expect(report).toMatchObject({ added: ['2026-05-01', '2026-06-01'], kept: ['2026-01-01'], rows: 378 });
    expect(readFileSync(join(root, 'content/data/us-m2-monthly.csv'), 'utf8')).toContain('2026-01-01,22420.1\r\n');
  });
});

describe('every error names the dataset and the problem, and writes nothing', () => {
  test('a truncated body (it would shrink the series)', async () => {
    expect(await failure(m2Site('fred-m2sl-truncated.csv'))).toMatch(/^us-m2-monthly: the response would shrink the series: it lacks 66 period\(s\) the CSV has \(2021-01-01, 2021-02-01 \.\.\. 2026-06-01\) and adds 0/);
  });

  test('a malformed body', async () => {
    expect(await failure(m2Site('fred-error-page.html'))).toMatch(/^us-m2-monthly: malformed response from http:\/\/127\.0\.0\.1:\d+\/fred-error-page\.html: not a FRED CSV/);
  });

  test('a value that is not a number', async () => {
    expect(await failure(m2Site('fred-m2sl-not-a-number.csv'))).toMatch(/^us-m2-monthly: schema mismatch from .*: line 378 \(2026-05-01\): "n\/a" is not a number/);
  });

  test('a column the dataset does not have', async () => {
    const root = m2Site('fred-m2sl.csv', undefined, (yml) => yml.replace('    m2_billions_usd: value', '    m2_billions_usd: value\n    m3_billions_usd: value'));
    expect(await failure(root)).toMatch(/^us-m2-monthly: schema mismatch: update\.columns names "m3_billions_usd", not a column of the CSV \(date, m2_billions_usd\)/);
  });

  test('an HTTP error', async () => {
    expect(await failure(m2Site('status-500'))).toMatch(/^us-m2-monthly: HTTP 500 Internal Server Error from http:\/\/127\.0\.0\.1:\d+\/status-500/);
  });

  test('a timeout', async () => {
    expect(await failure(m2Site('slow'), { timeoutMs: 200 })).toMatch(/^us-m2-monthly: no answer from .*\/slow within 0\.2 s \(timeout\)/);
  });

  test('one failing dataset stops every other from being written', async () => {
    const root = m2Site('fred-m2sl.csv', twoMonthsAgo);
    copyFileSync(join(REPO, 'content/data/sp500-monthly.csv'), join(root, 'content/data/sp500-monthly.csv'));
    writeFileSync(join(root, 'content/data/sp500-monthly.yml'), readFileSync(join(REPO, 'content/data/sp500-monthly.yml'), 'utf8').replace(/url: https:\/\/fred[^\n]+/, `url: ${origin}/status-500`));
    const before = files(root);
    const error = await updateDatasets(root, ['us-m2-monthly', 'sp500-monthly'], { today: TODAY }).catch((caught: unknown) => caught);
    expect((error as Error).message).toMatch(/^sp500-monthly: HTTP 500/);
    expect(files(root)).toEqual(before);
  });
});

describe('CoinGecko daily prices to monthly rows', () => {
  test('a 00:00 UTC price is the previous day\'s close; only whole months become rows', async () => {
    const root = mkdtempSync(join(tmpdir(), 'pivot-update-'));
    mkdirSync(join(root, 'content/data'), { recursive: true });
    const meta = readFileSync(join(REPO, 'content/data/btc-usd-monthly.yml'), 'utf8').replace(/url: https:\/\/api\.coingecko[^\n]+/, `url: ${origin}/coingecko-synthetic.json`);
    writeFileSync(join(root, 'content/data/btc-usd-monthly.yml'), meta);
    writeFileSync(join(root, 'content/data/btc-usd-monthly.csv'), readFileSync(join(REPO, 'content/data/btc-usd-monthly.csv'), 'utf8'));
    const [report] = await updateDatasets(root, ['btc-usd-monthly'], { today: TODAY });
    // November 2025 starts mid-month in the response and February 2026 is not over: neither is read.
    expect(report).toMatchObject({ added: ['2026-01-01'], kept: [], lastDate: '2026-01-01' });
    // December's closes are the prices stamped 2 Dec to 1 Jan: 117.125 to 147.125, mean 132.125.
    expect(report!.revised.map(({ column, to }) => [column, to])).toEqual([
      ['close_usd', '147.13'],
      ['mean_usd', '132.13'],
    ]);
    const csv = readFileSync(join(root, 'content/data/btc-usd-monthly.csv'), 'utf8');
    expect(csv).toContain('2026-01-01,178.13,163.13,31,coingecko\r\n');
  });
});
