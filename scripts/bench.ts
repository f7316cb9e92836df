/**
 * `npm run bench`: the performance benchmark. It prints figures; it is not a test and never fails on a
 * missed target (each figure says "target met" or "target missed" beside it instead).
 *
 * For each N it builds, in a temporary copy of the site, N synthetic articles with two charts each, then
 * the same articles without their charts, the way `npm run build` does (`astro build`, then
 * `pagefind --site dist`), and prints build and index seconds, peak memory, dist size, Pagefind index
 * size, the median gzip size of an article page, and the ratio of each figure to the chart-less build.
 *
 *   npm run bench                           # N = 10, 100, 1000
 *   npm run bench -- --sizes 10,100         # choose N
 *   npm run bench -- --lighthouse           # also Lighthouse on the real site (home, article, data, search)
 *   npm run bench -- --keep                 # keep the temporary folders, to inspect them
 *
 * docs/performance.md records the figures and the machine they were measured on.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { availableParallelism, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';

const ROOT = resolve(import.meta.dirname, '..');
const BIN = join(ROOT, 'node_modules', '.bin');
/** The pinned binaries first, so `node` is the project's Node 22, not the machine's. */
const ENV = { ...process.env, PATH: `${BIN}:${process.env.PATH}`, ASTRO_TELEMETRY_DISABLED: '1' };
/** What the build needs; everything else in the repo (tests, dist, .git) stays out of the copy. */
const SITE_FILES = ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'content', 'public'];
/** Shared with other builds on this machine: two builds at once on 2 cores would skew both timings. */
const BUILD_LOCK = '/tmp/astro-build.lock';
const TARGET_SECONDS_AT_1000 = 20;
const TARGET_CHART_OVERHEAD = 1.2;

// ---------------------------------------------------------------------------------------------------
// Synthetic articles

const WORDS = (
  'money supply liquidity bitcoin ether venture capital round seed series founder market cycle price ' +
  'index rate inflation dollar monthly yearly growth decline rally crash recovery signal noise trend ' +
  'correlation causation lag lead data source chart table evidence claim test sample period window ' +
  'return volatility risk asset bond equity stock nasdaq treasury reserve bank credit deposit loan ' +
  'policy central federal tariff trade export import china europe japan america startup team talent ' +
  'engineer model training compute cluster network protocol token chain layer fee user developer ' +
  'product fit revenue margin valuation exit fund partner portfolio thesis bet hedge narrative ' +
  'story headline rumour forecast estimate measure method median mean share fraction doubling halving ' +
  'quarter decade boom bust bubble winter spring summer autumn early late slow fast steady sharp ' +
  'modest large small wide narrow strong weak clear unclear careful honest public private open closed'
).split(' ');

/** A small seeded generator (mulberry32): the same N always yields the same articles, run after run. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Filler prose from the word list: every page differs, so Pagefind indexes real vocabulary. */
function sentence(next: () => number): string {
  const length = 8 + Math.floor(next() * 12);
  const words = Array.from({ length }, () => WORDS[Math.floor(next() * WORDS.length)]);
  const text = words.join(' ');
  return `${text[0].toUpperCase()}${text.slice(1)}.`;
}

/** A section heading of three to six words. */
function heading(next: () => number): string {
  const words = Array.from({ length: 3 + Math.floor(next() * 4) }, () => WORDS[Math.floor(next() * WORDS.length)]);
  const text = words.join(' ');
  return `## ${text[0].toUpperCase()}${text.slice(1)}`;
}

function paragraph(next: () => number, words: number): string {
  const sentences: string[] = [];
  let count = 0;
  while (count < words) {
    const s = sentence(next);
    sentences.push(s);
    count += s.split(' ').length;
  }
  return sentences.join(' ');
}

/** The month a chart starts at: varied per article, so no two pages carry the same SVG. */
function startMonth(index: number, offset: number): string {
  const month = (index * 7 + offset) % 108; // 9 years of months, 2014-01 to 2022-12
  return `${2014 + Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}`;
}

/** Each chart sits on one line of its own, so the chart-less variant just drops those lines. */
function charts(index: number): [string, string] {
  const a = startMonth(index, 0);
  const b = startMonth(index, 37);
  return [
    `<Chart id="a" type="line" dataset="btc-usd-monthly" x="date" y="close_usd" yScale="log" from="${a}" title="Bitcoin month-end close since ${a}" />`,
    `<Chart id="b" type="indexed" dataset="btc-usd-monthly" x="date" y="close_usd" join={[{ dataset: "us-m2-monthly", y: "m2_billions_usd", label: "US M2" }]} base="${b}" from="${b}" title="Bitcoin and US M2, rebased to 100 in ${b}" />`,
  ];
}

/** About 600 words in six paragraphs under three headings, with the two charts between them. */
function article(index: number, withCharts: boolean): string {
  const next = random(index);
  const name = String(index).padStart(4, '0');
  const [chartA, chartB] = withCharts ? charts(index) : ['', ''];
  const body = [
    paragraph(next, 100),
    heading(next),
    paragraph(next, 100),
    chartA,
    paragraph(next, 100),
    heading(next),
    paragraph(next, 100),
    chartB,
    paragraph(next, 100),
    heading(next),
    paragraph(next, 100),
  ].filter((block) => block !== '');
  const day = String((index % 28) + 1).padStart(2, '0');
  return [
    '---',
    `title: Benchmark article ${name}`,
    `description: ${sentence(next).slice(0, 150)}`,
    `pubDate: 2026-01-${day}`,
    'themes: [money-supply]',
    '---',
    '',
    body.join('\n\n'),
    '',
  ].join('\n');
}

/** Replaces the copy's articles with N synthetic ones; datasets, themes, claims and pages stay real. */
function writeArticles(site: string, count: number, withCharts: boolean): void {
  const dir = join(site, 'content', 'articles');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir);
  for (let i = 1; i <= count; i++) {
    writeFileSync(join(dir, `bench-${String(i).padStart(4, '0')}.mdx`), article(i, withCharts));
  }
}

// ---------------------------------------------------------------------------------------------------
// The temporary site and its build

/**
 * A copy of the site in a fresh temporary folder, sharing node_modules by symlink. A wrapper config
 * moves Astro's and Vite's caches into the copy: by default they live in node_modules, which is the
 * real repo's, and every build here must start cold and leave the repo's cache alone.
 */
function copySite(label: string): string {
  const site = mkdtempSync(join(tmpdir(), `pivot-bench-${label}-`));
  for (const name of SITE_FILES) cpSync(join(ROOT, name), join(site, name), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(site, 'node_modules'), 'dir');
  const cache = join(site, '.bench-cache');
  writeFileSync(
    join(site, 'bench.config.mjs'),
    `import config from './astro.config.mjs';\n` +
      `export default { ...config, cacheDir: ${JSON.stringify(join(cache, 'astro'))}, ` +
      `vite: { ...config.vite, cacheDir: ${JSON.stringify(join(cache, 'vite'))} } };\n`,
  );
  return site;
}

interface StepResult {
  ok: boolean;
  seconds: number;
  peakBytes: number;
  output: string;
}

/**
 * Runs one command under GNU time (wall seconds and the peak resident memory of the largest process
 * it waited for), holding the shared build lock; the wait for the lock is not timed.
 */
function timed(site: string, command: string[]): StepResult {
  const timeFile = join(site, '.time');
  rmSync(timeFile, { force: true });
  const run = spawnSync('flock', [BUILD_LOCK, '/usr/bin/time', '-f', '%e %M', '-o', timeFile, ...command], {
    cwd: site,
    env: ENV,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const [seconds, kilobytes] = readFileSync(timeFile, 'utf8').trim().split('\n').at(-1)!.split(' ').map(Number);
  return { ok: run.status === 0, seconds, peakBytes: kilobytes * 1024, output: `${run.stdout}${run.stderr}` };
}

interface Build {
  buildSeconds: number;
  indexSeconds: number;
  buildPeakBytes: number;
  indexPeakBytes: number;
}

/** `npm run build` from cold: `astro build && pagefind --site dist`, each step timed on its own. */
function build(site: string): Build | undefined {
  rmSync(join(site, 'dist'), { recursive: true, force: true });
  rmSync(join(site, '.bench-cache'), { recursive: true, force: true });
  const astro = timed(site, [join(BIN, 'astro'), 'build', '--config', 'bench.config.mjs']);
  if (!astro.ok) return failed('astro build', astro);
  const pagefind = timed(site, [join(BIN, 'pagefind'), '--site', 'dist']);
  if (!pagefind.ok) return failed('pagefind', pagefind);
  return {
    buildSeconds: astro.seconds,
    indexSeconds: pagefind.seconds,
    buildPeakBytes: astro.peakBytes,
    indexPeakBytes: pagefind.peakBytes,
  };
}

function failed(step: string, result: StepResult): undefined {
  console.error(`\n${step} failed; the end of its output:\n${result.output.split('\n').slice(-40).join('\n')}`);
  return undefined;
}

// ---------------------------------------------------------------------------------------------------
// Measuring the output

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

function bytesUnder(dir: string): number {
  return files(dir).reduce((sum, file) => sum + statSync(file).size, 0);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** What a reader downloads for the HTML of one article: its page, gzipped as a server would. */
function medianArticleGzip(dist: string): number {
  const dir = join(dist, 'articles');
  const pages = readdirSync(dir)
    .filter((name) => name.startsWith('bench-'))
    .map((name) => gzipSync(readFileSync(join(dir, name, 'index.html')), { level: 9 }).length);
  return median(pages);
}

interface Figures extends Build {
  totalSeconds: number;
  peakBytes: number;
  distBytes: number;
  pagefindBytes: number;
  articleGzipBytes: number;
}

function measure(site: string, built: Build): Figures {
  const dist = join(site, 'dist');
  return {
    ...built,
    totalSeconds: built.buildSeconds + built.indexSeconds,
    peakBytes: Math.max(built.buildPeakBytes, built.indexPeakBytes),
    distBytes: bytesUnder(dist),
    pagefindBytes: bytesUnder(join(dist, 'pagefind')),
    articleGzipBytes: medianArticleGzip(dist),
  };
}

// ---------------------------------------------------------------------------------------------------
// Printing

const seconds = (value: number) => `${value.toFixed(1)} s`;
const megabytes = (value: number) => `${(value / 1024 / 1024).toFixed(1)} MB`;
const kilobytes = (value: number) => `${(value / 1024).toFixed(1)} KB`;
const verdict = (met: boolean) => (met ? 'target met' : 'target missed');

interface Row {
  label: string;
  value: (figures: Figures) => number;
  format: (value: number) => string;
  /** A note on the target, given the N, the figures with charts and the ratio to without. */
  target?: (count: number, charts: Figures, ratio: number) => string;
}

const overhead = (_count: number, _charts: Figures, ratio: number) =>
  `<= ${TARGET_CHART_OVERHEAD}x: ${verdict(ratio <= TARGET_CHART_OVERHEAD)}`;

const ROWS: Row[] = [
  { label: 'astro build', value: (f) => f.buildSeconds, format: seconds },
  { label: 'pagefind index', value: (f) => f.indexSeconds, format: seconds },
  {
    label: 'build + index',
    value: (f) => f.totalSeconds,
    format: seconds,
    target: (count, charts, ratio) =>
      count === 1000
        ? `<= ${TARGET_SECONDS_AT_1000} s: ${verdict(charts.totalSeconds <= TARGET_SECONDS_AT_1000)}; ${overhead(count, charts, ratio)}`
        : overhead(count, charts, ratio),
  },
  { label: 'peak memory (astro)', value: (f) => f.buildPeakBytes, format: megabytes },
  { label: 'peak memory (pagefind)', value: (f) => f.indexPeakBytes, format: megabytes },
  { label: 'dist size', value: (f) => f.distBytes, format: megabytes },
  { label: 'pagefind index size', value: (f) => f.pagefindBytes, format: megabytes },
  { label: 'median article (gzip)', value: (f) => f.articleGzipBytes, format: kilobytes, target: overhead },
];

function printTable(count: number, charts: Figures, plain: Figures): void {
  const lines = [['', 'with charts', 'without', 'ratio', 'target']];
  for (const row of ROWS) {
    const ratio = row.value(charts) / row.value(plain);
    lines.push([
      row.label,
      row.format(row.value(charts)),
      row.format(row.value(plain)),
      `${ratio.toFixed(2)}x`,
      row.target?.(count, charts, ratio) ?? '',
    ]);
  }
  const widths = lines[0].map((_, column) => Math.max(...lines.map((line) => line[column].length)));
  console.log(`\nN = ${count.toLocaleString('en')} article${count === 1 ? '' : 's'}, two charts each`);
  for (const line of lines) console.log(line.map((cell, column) => cell.padEnd(widths[column])).join('  ').trimEnd());
}

function git(...args: string[]): string {
  return spawnSync('git', args, { cwd: ROOT, encoding: 'utf8' }).stdout.trim();
}

/** Figures mean little without the machine: printed first, for docs/performance.md. */
function printMachine(): void {
  const node = spawnSync('node', ['--version'], { env: ENV, encoding: 'utf8' }).stdout.trim();
  const dirty = git('status', '--porcelain').length > 0 ? ' (with uncommitted changes)' : '';
  console.log(
    `machine: ${availableParallelism()} cores, ${(totalmem() / 1024 ** 3).toFixed(1)} GiB memory, ` +
      `node ${node}; ${new Date().toISOString().slice(0, 10)}; commit ${git('rev-parse', '--short', 'HEAD')}${dirty}`,
  );
}

// ---------------------------------------------------------------------------------------------------
// Lighthouse

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.on('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => done(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** scripts/serve-dist.ts, which the browser tests use too; resolves once it is listening. */
function serve(site: string, port: number): Promise<ChildProcess> {
  const server = spawn(join(BIN, 'tsx'), [join(ROOT, 'scripts', 'serve-dist.ts'), String(port)], {
    cwd: site,
    env: ENV,
    detached: true,
  });
  return new Promise((done, fail) => {
    server.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('serving') && done(server));
    server.on('exit', (code) => fail(new Error(`serve-dist exited with ${code}`)));
  });
}

/** The first of the preferred pages that was built, else any: other people rename content. */
function pick(dist: string, section: string, preferred: string): string {
  const names = readdirSync(join(dist, section)).filter((name) =>
    statSync(join(dist, section, name, 'index.html'), { throwIfNoEntry: false })?.isFile(),
  );
  return `/${section}/${names.includes(preferred) ? preferred : names.sort()[0]}/`;
}

interface Report {
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, { score: number | null }>;
}

/** A category's score out of 100; below 100, with the audits that cost points, to know what to fix. */
function score(report: Report, id: string): string {
  const category = report.categories[id];
  if (!category || category.score === null) return `${id} n/a`;
  const value = Math.round(category.score * 100);
  if (value === 100) return `${id} 100`;
  const failing = category.auditRefs
    .filter((ref) => ref.weight > 0 && (report.audits[ref.id]?.score ?? 1) < 1)
    .map((ref) => ref.id);
  return `${id} ${value} (target missed: ${failing.join(', ')})`;
}

/** One Lighthouse run (its default: mobile, simulated throttling): the four scores, or why it failed. */
function lighthouse(url: string): string {
  const run = spawnSync(
    join(BIN, 'lighthouse'),
    [
      url,
      '--quiet',
      '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage',
      '--output=json',
      '--output-path=stdout',
      `--only-categories=${CATEGORIES.join(',')}`,
    ],
    { env: { ...ENV, CHROME_PATH: '/usr/bin/chromium' }, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 },
  );
  if (run.status !== 0) return `lighthouse failed: ${run.stderr.trim().split('\n').slice(-5).join(' | ')}`;
  const report = JSON.parse(run.stdout) as Report;
  return CATEGORIES.map((id) => score(report, id)).join('; ');
}

/** The real site (its own articles), built in a copy so the repo's dist and cache are left alone. */
async function runLighthouse(keep: boolean): Promise<void> {
  console.log('\nLighthouse 13 on the real site (target: 100 in every category)');
  const site = copySite('lighthouse');
  try {
    if (!build(site)) return;
    const dist = join(site, 'dist');
    const pages = ['/', pick(dist, 'articles', 'bitcoin-and-the-money-supply'), pick(dist, 'data', 'btc-usd-monthly'), '/search/'];
    const port = await freePort();
    const server = await serve(site, port);
    try {
      for (const page of pages) console.log(`${page.padEnd(40)} ${lighthouse(`http://127.0.0.1:${port}${page}`)}`);
    } finally {
      process.kill(-server.pid!, 'SIGTERM');
    }
  } finally {
    if (keep) console.log(`kept ${site}`);
    else rmSync(site, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------------

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string', default: '10,100,1000' },
      lighthouse: { type: 'boolean', default: false },
      keep: { type: 'boolean', default: false },
    },
  });
  const sizes = values.sizes.split(',').map((size) => Number(size.trim()));
  if (sizes.some((size) => !Number.isInteger(size) || size < 1 || size > 9999)) {
    throw new Error(`--sizes takes whole numbers from 1 to 9999 separated by commas, not "${values.sizes}"`);
  }
  printMachine();
  const site = copySite('articles');
  try {
    for (const count of sizes) {
      const figures: Figures[] = [];
      for (const withCharts of [true, false]) {
        writeArticles(site, count, withCharts);
        const built = build(site);
        if (!built) break;
        figures.push(measure(site, built));
      }
      if (figures.length === 2) printTable(count, figures[0], figures[1]);
    }
  } finally {
    if (values.keep) console.log(`\nkept ${site}`);
    else rmSync(site, { recursive: true, force: true });
  }
  if (values.lighthouse) await runLighthouse(values.keep);
}

await main();
