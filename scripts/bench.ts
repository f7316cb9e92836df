/**
 * `npm run bench`: the performance benchmark. It prints figures; it is not a test and never fails on a
 * missed target (each figure says "met" or "missed" beside it instead).
 *
 * For each N it writes N synthetic articles (about 900 words of prose, four headings, a GFM table, a
 * list and a link; two charts in the "with charts" variant) beside the site's own content, and builds
 * them, in the same run, four ways:
 *
 *   floor        bare Astro + MDX (with remark-gfm, as this site must) + Pagefind: the articles alone
 *   cold         Pivot Point with the two charts per article, every cache removed first
 *   cold, no charts   the same articles without their chart lines
 *   warm         Pivot Point with charts again, keeping the caches of the cold build
 *
 * and prints every figure as a ratio to the floor measured in the same run: wall time (build and search
 * index), peak memory and the median article's gzip size, with the phases of each build.
 *
 *   npm run bench                           # N = 1000
 *   npm run bench -- --sizes 100,1000       # choose N
 *   npm run bench -- --runs 2               # interleave the four builds twice; medians are printed
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
import { median } from 'd3';
import { formatIsoDate } from '../src/model/dates.ts';

const ROOT = resolve(import.meta.dirname, '..');
const BIN = join(ROOT, 'node_modules', '.bin');
/** The pinned binaries first, so `node` is the project's Node 22, not the machine's. */
const ENV = { ...process.env, PATH: `${BIN}:${process.env.PATH}`, ASTRO_TELEMETRY_DISABLED: '1' };
/** What the build needs; everything else in the repo (tests, dist, .git) stays out of the copy. */
const SITE_FILES = ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'content', 'public'];
/** Shared with other builds on this machine: two builds at once on 2 cores would skew both timings. */
const BUILD_LOCK = '/tmp/astro-build.lock';
/** Targets at 1,000 articles, as ratios to the floor (peak memory in bytes). */
const TARGETS = { cold: 2.5, plain: 1.6, warm: 1.5, memory: 1.5 * 1024 ** 3 };

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

const word = (next: () => number) => WORDS[Math.floor(next() * WORDS.length)]!;
const capital = (text: string) => `${text[0]!.toUpperCase()}${text.slice(1)}`;

/** Filler prose from the word list: every page differs, so Pagefind indexes real vocabulary. */
function sentence(next: () => number): string {
  return `${capital(Array.from({ length: 8 + Math.floor(next() * 12) }, () => word(next)).join(' '))}.`;
}

function paragraph(next: () => number, words: number): string {
  const sentences: string[] = [];
  for (let count = 0; count < words; ) {
    const s = sentence(next);
    sentences.push(s);
    count += s.split(' ').length;
  }
  return sentences.join(' ');
}

function heading(next: () => number): string {
  return `## ${capital(Array.from({ length: 3 + Math.floor(next() * 4) }, () => word(next)).join(' '))}`;
}

/** A small GFM table and a list: the Markdown an article really carries. */
function table(next: () => number): string {
  const rows = Array.from({ length: 4 }, () => `| ${capital(word(next))} | ${Math.floor(next() * 1000)} | ${word(next)} |`);
  return ['| Item | Value | Note |', '|---|---:|---|', ...rows].join('\n');
}

const list = (next: () => number) => Array.from({ length: 4 }, () => `- ${sentence(next)}`).join('\n');

/** The month a chart starts at: varied per article, so no two pages carry the same SVG. */
function startMonth(index: number, offset: number): string {
  const month = (index * 7 + offset) % 108; // 9 years of months, 2014-01 to 2022-12
  return `${2014 + Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}`;
}

/** The two charts; each sits on one line of its own, so the chart-less variants just drop them. */
function charts(index: number): [string, string] {
  const a = startMonth(index, 0);
  const b = startMonth(index, 37);
  return [
    `<Chart id="a" type="line" dataset="btc-usd-monthly" x="date" y="close_usd" yScale="log" from="${a}" title="Bitcoin month-end close since ${a}" />`,
    `<Chart id="b" type="indexed" dataset="btc-usd-monthly" x="date" y="close_usd" join={[{ dataset: "us-m2-monthly", y: "m2_billions_usd", label: "US M2" }]} base="${b}" from="${b}" title="Bitcoin and US M2, rebased to 100 in ${b}" />`,
  ];
}

/** About 900 words in nine paragraphs under four headings, with a table, a list, a link and the charts. */
function article(index: number, withCharts: boolean): string {
  const next = random(index);
  const name = String(index).padStart(4, '0');
  const [chartA, chartB] = withCharts ? charts(index) : ['', ''];
  const link = `See [the data behind the charts](/data/btc-usd-monthly/) for the source.`;
  const body = [
    paragraph(next, 100),
    heading(next),
    paragraph(next, 100),
    chartA,
    paragraph(next, 100),
    table(next),
    heading(next),
    paragraph(next, 100),
    list(next),
    paragraph(next, 100),
    chartB,
    heading(next),
    paragraph(next, 100),
    `${paragraph(next, 60)} ${link}`,
    heading(next),
    paragraph(next, 100),
    paragraph(next, 100),
  ].filter((block) => block !== '');
  const day = String((index % 28) + 1).padStart(2, '0');
  const frontmatter = ['---', `title: Benchmark article ${name}`, `description: ${sentence(next).slice(0, 150)}`, `pubDate: 2026-01-${day}`, 'themes: [money-supply]', '---'];
  return [...frontmatter, '', body.join('\n\n'), ''].join('\n');
}

/** Replaces the synthetic articles in `dir`; the site's real articles stay, so its claims still resolve. */
function writeArticles(dir: string, count: number, withCharts: boolean): void {
  mkdirSync(dir, { recursive: true });
  for (const name of readdirSync(dir).filter((file) => file.startsWith('bench-'))) rmSync(join(dir, name));
  for (let i = 1; i <= count; i++) writeFileSync(join(dir, `bench-${String(i).padStart(4, '0')}.mdx`), article(i, withCharts));
}

// ---------------------------------------------------------------------------------------------------
// The sites

/**
 * Caches live inside each temporary site: Astro's and Vite's through a wrapper config, the site's own
 * (social cards) through PIVOT_POINT_CACHE. By default they would sit in node_modules, which is the
 * repo's (linked), and a cold build must start cold and leave the repo's caches alone.
 */
function writeCacheConfig(site: string, base: string): void {
  const cache = join(site, '.bench-cache');
  writeFileSync(
    join(site, 'bench.config.mjs'),
    `import config from './${base}';\n` +
      `export default { ...config, cacheDir: ${JSON.stringify(join(cache, 'astro'))}, ` +
      `vite: { ...config.vite, cacheDir: ${JSON.stringify(join(cache, 'vite'))} } };\n`,
  );
}

function newSite(label: string): string {
  const site = mkdtempSync(join(tmpdir(), `pivot-bench-${label}-`));
  symlinkSync(join(ROOT, 'node_modules'), join(site, 'node_modules'), 'dir');
  return site;
}

/** A copy of this site whose articles are the synthetic ones. */
function pivotSite(): string {
  const site = newSite('pivot');
  for (const name of SITE_FILES) cpSync(join(ROOT, name), join(site, name), { recursive: true });
  writeCacheConfig(site, 'astro.config.mjs');
  return site;
}

/** The floor: Astro, MDX with remark-gfm, one page template and Pagefind; nothing of this site's own. */
function floorSite(): string {
  const site = newSite('floor');
  mkdirSync(join(site, 'src', 'pages', 'articles'), { recursive: true });
  writeFileSync(join(site, 'package.json'), '{ "name": "floor", "private": true, "type": "module" }\n');
  writeFileSync(
    join(site, 'astro.config.mjs'),
    [
      "import mdx from '@astrojs/mdx';",
      "import { unified } from '@astrojs/markdown-remark';",
      "import { defineConfig } from 'astro/config';",
      "import remarkGfm from 'remark-gfm';",
      'export default defineConfig({',
      "  site: 'http://localhost:4321', trailingSlash: 'always', build: { format: 'directory' },",
      '  markdown: { processor: unified({ gfm: false, remarkPlugins: [remarkGfm] }) },',
      '  integrations: [mdx()],',
      '});',
      '',
    ].join('\n'),
  );
  writeFileSync(
    join(site, 'src', 'content.config.ts'),
    [
      "import { defineCollection } from 'astro:content';",
      "import { glob } from 'astro/loaders';",
      "import { z } from 'astro/zod';",
      "const schema = z.object({ title: z.string(), description: z.string(), pubDate: z.coerce.date(), themes: z.array(z.string()) });",
      "export const collections = { articles: defineCollection({ loader: glob({ pattern: '*.mdx', base: './content/articles' }), schema }) };",
      '',
    ].join('\n'),
  );
  writeFileSync(
    join(site, 'src', 'pages', 'articles', '[slug].astro'),
    [
      '---',
      "import { getCollection, render } from 'astro:content';",
      'export async function getStaticPaths() {',
      "  return (await getCollection('articles')).map((article) => ({ params: { slug: article.id }, props: { article } }));",
      '}',
      'const { article } = Astro.props;',
      'const { Content } = await render(article);',
      '---',
      '<html lang="en"><head><meta charset="utf-8" /><title>{article.data.title}</title><meta name="description" content={article.data.description} /></head>',
      '<body><main data-pagefind-body><h1>{article.data.title}</h1><Content /></main></body></html>',
      '',
    ].join('\n'),
  );
  writeCacheConfig(site, 'astro.config.mjs');
  return site;
}

// ---------------------------------------------------------------------------------------------------
// Building and measuring

interface Step {
  ok: boolean;
  seconds: number;
  peakBytes: number;
  output: string;
}

/**
 * Runs one command under GNU time (wall seconds and the peak resident memory of the largest process
 * it waited for), holding the shared build lock; the wait for the lock is not timed.
 */
function timed(site: string, command: string[], env: NodeJS.ProcessEnv = ENV): Step {
  const timeFile = join(site, '.time');
  rmSync(timeFile, { force: true });
  const run = spawnSync('flock', [BUILD_LOCK, '/usr/bin/time', '-f', '%e %M', '-o', timeFile, ...command], {
    cwd: site,
    env,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const [seconds = 0, kilobytes = 0] = readFileSync(timeFile, 'utf8').trim().split('\n').at(-1)!.split(' ').map(Number);
  return { ok: run.status === 0, seconds, peakBytes: kilobytes * 1024, output: `${run.stdout}${run.stderr}` };
}

type Variant = 'floor' | 'cold' | 'plain' | 'warm';

interface Figures {
  seconds: number;
  peakBytes: number;
  articleGzipBytes: number;
  /** Phase name -> seconds, read from the build's log. */
  phases: Record<string, number>;
}

/** Seconds of each phase, from the lines Astro and the site's integration print. */
function phasesOf(output: string): Record<string, number> {
  const plain = output.replace(/\x1b\[[0-9;]*m/g, '');
  const seconds = (pattern: RegExp) => Number(pattern.exec(plain)?.[1] ?? Number.NaN);
  const milliseconds = (pattern: RegExp) => {
    const match = pattern.exec(plain);
    return match ? (match[2] === 'ms' ? Number(match[1]) / 1000 : Number(match[1])) : Number.NaN;
  };
  return {
    'content check': seconds(/checked in ([\d.]+) s/),
    'sync and build info': milliseconds(/Collecting build info\.\.\.\n.*✓ Completed in ([\d.]+)(ms|s)/),
    vite: milliseconds(/\[vite\] ✓ built in ([\d.]+)(ms|s)/),
    'pages and endpoints': milliseconds(/generating static routes[\s\S]*?✓ Completed in ([\d.]+)(ms|s)/),
    'downloads and social cards': seconds(/chart downloads and social cards: \d+ files in ([\d.]+) s/),
    'search index': seconds(/search index: \d+ pages in ([\d.]+) s/),
  };
}

function medianArticleGzip(dist: string): number {
  const dir = join(dist, 'articles');
  const sizes = readdirSync(dir)
    .filter((name) => name.startsWith('bench-'))
    .map((name) => gzipSync(readFileSync(join(dir, name, 'index.html')), { level: 9 }).length);
  return median(sizes) ?? 0;
}

function fail(label: string, step: Step): never {
  throw new Error(`${label} failed; the end of its output:\n${step.output.split('\n').slice(-40).join('\n')}`);
}

function clean(site: string, keepCaches: boolean): void {
  if (keepCaches) return;
  rmSync(join(site, 'dist'), { recursive: true, force: true });
  rmSync(join(site, '.bench-cache'), { recursive: true, force: true });
}

/** One build of the floor: `astro build`, then Pagefind's CLI, each timed. */
function buildFloor(site: string): Figures {
  clean(site, false);
  const astro = timed(site, [join(BIN, 'astro'), 'build', '--config', 'bench.config.mjs']);
  if (!astro.ok) fail('floor astro build', astro);
  const pagefind = timed(site, [join(BIN, 'pagefind'), '--site', 'dist']);
  if (!pagefind.ok) fail('floor pagefind', pagefind);
  const phases = { ...phasesOf(astro.output), 'search index': pagefind.seconds };
  return { seconds: astro.seconds + pagefind.seconds, peakBytes: Math.max(astro.peakBytes, pagefind.peakBytes), articleGzipBytes: medianArticleGzip(join(site, 'dist')), phases };
}

/** One build of this site (`astro build`, which also writes the search index). */
function buildPivot(site: string, keepCaches: boolean): Figures {
  clean(site, keepCaches);
  const env = { ...ENV, PIVOT_POINT_CACHE: join(site, '.bench-cache', 'pivot-point') };
  const astro = timed(site, [join(BIN, 'astro'), 'build', '--config', 'bench.config.mjs'], env);
  if (!astro.ok) fail('astro build', astro);
  return { seconds: astro.seconds, peakBytes: astro.peakBytes, articleGzipBytes: medianArticleGzip(join(site, 'dist')), phases: phasesOf(astro.output) };
}

/** The four builds for one N, interleaved `runs` times; the median of each figure is kept. */
function measure(count: number, runs: number, sites: { floor: string; pivot: string }): Record<Variant, Figures> {
  const results: Record<Variant, Figures[]> = { floor: [], cold: [], plain: [], warm: [] };
  writeArticles(join(sites.floor, 'content', 'articles'), count, false);
  for (let run = 1; run <= runs; run++) {
    process.stderr.write(`N = ${count}, run ${run} of ${runs}: floor`);
    results.floor.push(buildFloor(sites.floor));
    process.stderr.write(', cold without charts');
    writeArticles(join(sites.pivot, 'content', 'articles'), count, false);
    results.plain.push(buildPivot(sites.pivot, false));
    process.stderr.write(', cold with charts');
    writeArticles(join(sites.pivot, 'content', 'articles'), count, true);
    results.cold.push(buildPivot(sites.pivot, false));
    process.stderr.write(', warm with charts\n');
    results.warm.push(buildPivot(sites.pivot, true));
  }
  const middle = (list: Figures[]): Figures => {
    const of = (pick: (f: Figures) => number) => median(list.map(pick)) ?? Number.NaN;
    const phases = Object.fromEntries(Object.keys(list[0]!.phases).map((name) => [name, of((f) => f.phases[name] ?? Number.NaN)]));
    return { seconds: of((f) => f.seconds), peakBytes: of((f) => f.peakBytes), articleGzipBytes: of((f) => f.articleGzipBytes), phases };
  };
  return { floor: middle(results.floor), cold: middle(results.cold), plain: middle(results.plain), warm: middle(results.warm) };
}

// ---------------------------------------------------------------------------------------------------
// Printing

const LABELS: Record<Variant, string> = {
  floor: 'floor: bare Astro + MDX + Pagefind',
  cold: 'Pivot Point, cold, two charts each',
  plain: 'Pivot Point, cold, no charts',
  warm: 'Pivot Point, warm, two charts each',
};

function printRows(lines: string[][]): void {
  const widths = lines[0]!.map((_, column) => Math.max(...lines.map((line) => line[column]!.length)));
  for (const line of lines) console.log(line.map((cell, column) => cell.padEnd(widths[column]!)).join('  ').trimEnd());
}

function printTable(count: number, runs: number, figures: Record<Variant, Figures>): void {
  const floor = figures.floor;
  const ratio = (value: number, base: number) => `${(value / base).toFixed(2)}x`;
  const target = (variant: Variant, value: number) => {
    if (count !== 1000 || variant === 'floor') return '';
    const limit = TARGETS[variant];
    return `<= ${limit}x: ${value <= limit ? 'met' : 'missed'}`;
  };
  console.log(`\nN = ${count.toLocaleString('en')} articles${runs > 1 ? `, median of ${runs} interleaved runs` : ''}`);
  const lines = [['build', 'wall time', 'vs floor', 'target', 'peak memory', 'vs floor', 'median article gzip', 'vs floor']];
  for (const variant of ['floor', 'cold', 'plain', 'warm'] as const) {
    const f = figures[variant];
    const r = f.seconds / floor.seconds;
    lines.push([
      LABELS[variant],
      `${f.seconds.toFixed(1)} s`,
      ratio(f.seconds, floor.seconds),
      target(variant, r),
      `${(f.peakBytes / 1024 ** 3).toFixed(2)} GB`,
      ratio(f.peakBytes, floor.peakBytes),
      `${(f.articleGzipBytes / 1024).toFixed(1)} KB`,
      ratio(f.articleGzipBytes, floor.articleGzipBytes),
    ]);
  }
  printRows(lines);
  if (count === 1000) {
    const peak = Math.max(figures.cold.peakBytes, figures.plain.peakBytes, figures.warm.peakBytes);
    console.log(`peak memory of the site's builds: ${(peak / 1024 ** 3).toFixed(2)} GB, target <= 1.5 GB: ${peak <= TARGETS.memory ? 'met' : 'missed'}`);
  }
  console.log('\nphases (seconds)');
  const names = Object.keys(floor.phases);
  // What no log line times: Node and Astro start-up, loading the config, writing pages to disk.
  const rest = (f: Figures) => f.seconds - Object.values(f.phases).reduce((sum, value) => sum + (Number.isNaN(value) ? 0 : value), 0);
  const cell = (value: number | undefined) => (value === undefined || Number.isNaN(value) ? '-' : value.toFixed(1));
  printRows([
    ['build', ...names, 'rest'],
    ...(['floor', 'cold', 'plain', 'warm'] as const).map((variant) => [LABELS[variant], ...names.map((name) => cell(figures[variant].phases[name])), cell(rest(figures[variant]))]),
  ]);
}

function git(...args: string[]): string {
  return spawnSync('git', args, { cwd: ROOT, encoding: 'utf8' }).stdout.trim();
}

/** Figures mean little without the machine: printed first, for docs/performance.md. */
function printMachine(): void {
  const node = spawnSync('node', ['--version'], { env: ENV, encoding: 'utf8' }).stdout.trim();
  const dirty = git('status', '--porcelain', '--untracked-files=no').length > 0 ? ' (with uncommitted changes)' : '';
  console.log(
    `machine: ${availableParallelism()} cores, ${(totalmem() / 1024 ** 3).toFixed(1)} GiB memory, ` +
      `node ${node}; ${formatIsoDate(new Date())}; commit ${git('rev-parse', '--short', 'HEAD')}${dirty}`,
  );
}

// ---------------------------------------------------------------------------------------------------
// Lighthouse

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

function freePort(): Promise<number> {
  return new Promise((done, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => done(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** scripts/serve-dist.ts, which the browser tests use too; resolves once it is listening. */
function serve(site: string, port: number): Promise<ChildProcess> {
  const server = spawn(join(BIN, 'tsx'), [join(ROOT, 'scripts', 'serve-dist.ts'), String(port)], { cwd: site, env: ENV, detached: true });
  return new Promise((done, reject) => {
    server.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('serving') && done(server));
    server.on('exit', (code) => reject(new Error(`serve-dist exited with ${code}`)));
  });
}

/** The first of the preferred pages that was built, else any: other people rename content. */
function pick(dist: string, section: string, preferred: string): string {
  const names = readdirSync(join(dist, section)).filter((name) => statSync(join(dist, section, name, 'index.html'), { throwIfNoEntry: false })?.isFile());
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
  const failing = category.auditRefs.filter((ref) => ref.weight > 0 && (report.audits[ref.id]?.score ?? 1) < 1).map((ref) => ref.id);
  return `${id} ${value} (missed: ${failing.join(', ')})`;
}

/** One Lighthouse run (its default: mobile, simulated throttling): the four scores, or why it failed. */
function lighthouse(url: string): string {
  const run = spawnSync(
    join(BIN, 'lighthouse'),
    [url, '--quiet', '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage', '--output=json', '--output-path=stdout', `--only-categories=${CATEGORIES.join(',')}`],
    { env: { ...ENV, CHROME_PATH: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' }, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 },
  );
  if (run.status !== 0) return `lighthouse failed: ${run.stderr.trim().split('\n').slice(-5).join(' | ')}`;
  const report = JSON.parse(run.stdout) as Report;
  return CATEGORIES.map((id) => score(report, id)).join('; ');
}

/** The real site (its own articles), built in a copy so the repo's dist and caches are left alone. */
async function runLighthouse(keep: boolean): Promise<void> {
  console.log('\nLighthouse 13 on the real site (target: 100 in every category)');
  const site = pivotSite();
  try {
    buildPivot(site, false);
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
      sizes: { type: 'string', default: '1000' },
      runs: { type: 'string', default: '1' },
      lighthouse: { type: 'boolean', default: false },
      keep: { type: 'boolean', default: false },
    },
  });
  const sizes = values.sizes.split(',').map((size) => Number(size.trim()));
  const runs = Number(values.runs);
  if (sizes.some((size) => !Number.isInteger(size) || size < 1 || size > 9999)) {
    throw new Error(`--sizes takes whole numbers from 1 to 9999 separated by commas, not "${values.sizes}"`);
  }
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs takes a whole number of at least 1, not "${values.runs}"`);
  printMachine();
  const sites = { floor: floorSite(), pivot: pivotSite() };
  try {
    for (const count of sizes) printTable(count, runs, measure(count, runs, sites));
  } finally {
    if (values.keep) console.log(`\nkept ${sites.floor} and ${sites.pivot}`);
    else for (const site of Object.values(sites)) rmSync(site, { recursive: true, force: true });
  }
  if (values.lighthouse) await runLighthouse(values.keep);
}

await main();
