/**
 * `npm run check:pr`: the checks to run before opening a pull request, in about a minute for a small
 * change: the content check, the type check, the unit tests, the build, and the built site's gates
 * (every link and anchor, valid HTML, the size budget). It stops at the first step that fails.
 *
 *   npm run check:pr                  # the quick checks
 *   npm run check:pr -- --browser     # also the browser and axe tests, on the pages the change touches
 *
 * The pages a change touches: the articles, datasets and claims changed since the main branch (and
 * files not yet committed), the pages of the datasets and claims those articles use, and the articles
 * that use a changed dataset or claim. The full browser suite, on every page, runs in CI.
 */
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { buildCatalog } from '../src/catalog/catalog.ts';
import { paths } from '../src/catalog/routes.ts';

const { values } = parseArgs({ options: { browser: { type: 'boolean', default: false }, base: { type: 'string' } } });

function git(...args: string[]): string {
  return spawnSync('git', args, { encoding: 'utf8' }).stdout.trim();
}

/** Files changed since the branch left `base` (origin/main, else main), and files not committed yet. */
function changedFiles(): string[] {
  const base = values.base ?? (git('rev-parse', '--verify', '--quiet', 'origin/main') ? 'origin/main' : 'main');
  const since = git('merge-base', 'HEAD', base) || base;
  const tracked = git('diff', '--name-only', since).split('\n');
  const untracked = git('ls-files', '--others', '--exclude-standard').split('\n');
  return [...new Set([...tracked, ...untracked])].filter(Boolean);
}

/** Site paths of the pages the changed content files show on. */
function touchedPages(files: string[]): string[] {
  const { articles, datasetUsers, claimArticles, model } = buildCatalog(process.cwd());
  const idOf = (folder: string) => files.filter((file) => file.startsWith(`content/${folder}/`)).map((file) => file.split('/').pop()!.replace(/\.[^.]+$/, ''));
  const pages = new Set<string>();
  for (const id of idOf('articles')) {
    const article = articles.find((entry) => entry.id === id);
    if (!article) continue;
    pages.add(paths.article(id));
    for (const use of article.scan.components) {
      if (use.name === 'Claim') pages.add(paths.claim(String(use.props.id)));
      if (use.name === 'Chart') pages.add(paths.dataset(String(use.props.dataset)));
    }
  }
  for (const id of idOf('data').filter((dataset) => model.datasets.has(dataset))) {
    pages.add(paths.dataset(id));
    for (const article of datasetUsers.get(id)?.articles ?? []) pages.add(paths.article(article));
  }
  for (const id of idOf('claims').filter((claim) => model.claims.has(claim))) {
    pages.add(paths.claim(id));
    for (const article of claimArticles.get(id) ?? []) pages.add(paths.article(article));
  }
  if (files.some((file) => file.startsWith('content/pages/'))) pages.add(paths.about()).add(paths.chartGallery());
  return [...pages].sort();
}

interface Step {
  name: string;
  command: string;
  env?: Record<string, string>;
}

const steps: Step[] = [
  { name: 'content check', command: 'tsx scripts/check-content.ts' },
  { name: 'type check', command: 'astro check' },
  { name: 'unit tests', command: 'vitest run' },
  { name: 'build', command: 'astro build' },
  // The root build's gates only: check:pr builds no dist-subpath/, which npm test builds and checks in CI.
  { name: 'built site: links, anchors, HTML, downloads, size', command: 'npm run -s test:dist && npm run -s test:budget' },
];

if (values.browser) {
  const changed = changedFiles();
  const pages = touchedPages(changed);
  if (pages.length === 0) console.log('browser tests: no article, dataset or claim page changed; the full suite runs in CI');
  else {
    console.log(`browser tests on the ${pages.length} page(s) this change touches:\n  ${pages.join('\n  ')}`);
    steps.push({ name: 'browser and axe tests on the changed pages', command: 'playwright test --project chromium', env: { E2E_PAGES: pages.join(',') } });
  }
}

const timings: string[] = [];
for (const step of steps) {
  console.log(`\n== ${step.name}: ${step.command}`);
  const started = performance.now();
  const run = spawnSync(step.command, { shell: true, stdio: 'inherit', env: { ...process.env, ...step.env } });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  timings.push(`${step.name}: ${seconds} s`);
  if (run.status !== 0) {
    console.error(`\ncheck:pr stopped at "${step.name}" (${seconds} s). Fix what it printed above, then run it again.`);
    process.exit(run.status ?? 1);
  }
}
console.log(`\ncheck:pr passed.\n  ${timings.join('\n  ')}\nThe full browser suite (every page, light and dark, with and without JavaScript) runs in CI.`);
