/**
 * The site's Astro integration.
 * - Before Astro loads any content it builds the content index and checks it, so bad input stops
 *   `astro build`, `astro check` and `astro sync` with every problem listed by file and line. The
 *   dev server starts anyway and shows the problems on the pages they break, with file and line.
 * - A build for publishing says which articles it leaves out as drafts.
 * - After a build it writes the files beside pages (chart downloads, social cards) and indexes
 *   `dist/` for search with Pagefind's Node API, so `astro build` alone yields the whole site; the
 *   dev server draws the same files on request.
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { close, createIndex } from 'pagefind';
import { paths } from '../catalog/routes.ts';
import { ContentErrors } from '../model/errors.ts';
import { serveArtefact, writeArtefacts } from './artefacts.ts';
import { loadIndex } from './content-index.ts';
import { sitePath } from './urls.ts';

/**
 * The pages Pagefind reads, as a glob: all but the embed pages, which carry no searchable body (the index
 * is the same without them) and are two in three of a build's pages at 1,000 articles with two charts each.
 */
function searchablePages(dist: string): string | undefined {
  const embeds = paths.embeds().split('/')[1];
  const folders = readdirSync(dist, { withFileTypes: true }).filter((entry) => entry.isDirectory() && entry.name !== embeds).map((entry) => entry.name);
  // A folder name a glob would misread: read every page, as Pagefind does by default.
  if (folders.length === 0 || folders.some((name) => /[{}[\],*?!\\]/.test(name))) return undefined;
  return `{*.html,{${folders.join(',')}}/**/*.html}`;
}

async function indexForSearch(dist: string, logger: AstroIntegrationLogger): Promise<void> {
  const started = performance.now();
  const { index, errors } = await createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: dist, glob: searchablePages(dist) });
  if (added.errors.length > 0) throw new Error(`Pagefind could not index ${dist}: ${added.errors.join('; ')}`);
  const written = await index.writeFiles({ outputPath: `${dist}/pagefind` });
  if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
  logger.info(`search index: ${added.page_count} pages in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

export function contentCheck(): AstroIntegration {
  return {
    name: 'pivot-point:content',
    hooks: {
      'astro:config:setup': ({ config, logger, command }) => {
        const dev = command === 'dev';
        const started = performance.now();
        const { model, errors, warnings, articles } = loadIndex({ root: fileURLToPath(config.root), drafts: dev, watch: dev });
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        if (errors.length > 0 && !dev) throw new ContentErrors(errors);
        for (const error of errors) logger.error(error.message);
        for (const warning of warnings) logger.warn(warning.message);
        logger.info(
          `content ${errors.length ? `has ${errors.length} problem${errors.length === 1 ? '' : 's'}` : 'ok'}: ${model.articles.size} articles, ${model.datasets.size} datasets, ${model.claims.size} claims, ${model.themes.size} themes, ${model.sources.size} sources (checked in ${seconds} s)`,
        );
        if (command === 'build' && articles.length === 0) logger.warn('no published article: every article is a draft');
      },
      'astro:server:setup': ({ server }) => {
        // Chart downloads and social cards, drawn from the current content on request.
        server.middlewares.use((request, response, next) => {
          const { pathname } = new URL(request.url ?? '/', 'http://localhost');
          if (!/\.(csv|svg|png)$/.test(pathname)) return next();
          serveArtefact(sitePath(pathname)).then(
            (found) => {
              if (!found) return next();
              response.setHeader('Content-Type', found.type);
              response.end(found.body);
            },
            (error: unknown) => next(error),
          );
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const started = performance.now();
        const count = await writeArtefacts(dist);
        logger.info(`chart downloads and social cards: ${count} files in ${((performance.now() - started) / 1000).toFixed(1)} s`);
        await indexForSearch(dist, logger);
        await close();
      },
    },
  };
}
