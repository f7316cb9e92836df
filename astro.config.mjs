// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import remarkGfm from 'remark-gfm';
import { contentCheck } from './src/site/integration.ts';
import { rehypeBaseLinks } from './src/site/markdown/rehype-base-links.ts';
import { rehypeLinkTitles, sourceTitles } from './src/site/markdown/rehype-link-titles.ts';
import { rehypeScrollTables } from './src/site/markdown/rehype-scroll-tables.ts';
import { remarkReadingTime } from './src/site/markdown/remark-reading-time.ts';
import { SITE } from './src/site.config.ts';

export default defineConfig({
  // SITE_URL may carry a path (a GitHub Pages project site): pages, assets and links all live under it.
  site: SITE.url,
  base: SITE.base,
  trailingSlash: 'always',
  // Two pages at a time: social cards render off the main thread, so both cores work.
  build: { format: 'directory', concurrency: 2 },
  markdown: {
    // GFM comes from remark-gfm itself (tables, footnotes, strikethrough), not the built-in switch,
    // so that the plugin is applied exactly once.
    processor: unified({ gfm: false, remarkPlugins: [remarkGfm, remarkReadingTime], rehypePlugins: [rehypeScrollTables, [rehypeLinkTitles, { titles: sourceTitles }], [rehypeBaseLinks, { base: SITE.base }]] }),
  },
  integrations: [
    contentCheck(),
    mdx(),
    // Embed pages are for other sites' iframes: not pages to index or list.
    sitemap({ filter: (page) => !new URL(page).pathname.includes('/embed/') }),
  ],
  devToolbar: { enabled: false },
  vite: {
    build: {
      // Ship scripts as files, never inline, so the Content-Security-Policy can forbid inline script.
      assetsInlineLimit: 0,
      rolldownOptions: {
        onLog(level, log, handler) {
          // Astro 7 warns once per MDX file about its own injected directive (withastro/astro#18087).
          if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('use astro:head-inject')) return;
          handler(level, log);
        },
      },
    },
  },
});
