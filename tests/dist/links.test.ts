/**
 * Every internal link and #fragment of the built site resolves; external links
 * are well-formed and open safely.
 */
import { describe, expect, test } from 'vitest';
import { SITE } from '../../src/site.config';
import { files, idsOf, pages } from './built-pages';

const served = new Set(files.flatMap((file) => (file.endsWith('/index.html') ? [file, file.slice(0, -'index.html'.length)] : [file])));
const idsByUrl = new Map(pages.map((page) => [page.url, idsOf(page.html)]));
const decode = (text: string) => text.replace(/&amp;/g, '&').replace(/&#38;/g, '&');

describe.each(pages.map((page) => [page.url, page] as const))('%s', (_url, page) => {
  const anchors = [...page.html.matchAll(/<a\s[^>]*>/g)].map((match) => match[0]);
  // Links, sources, form targets, and the URLs in meta tags (og:url, og:image).
  const links = [...page.html.matchAll(/\s(?:href|src|action)="([^"]*)"|<meta\s[^>]*content="(https?:[^"]*)"/g)].map((match) => decode((match[1] ?? match[2])!));

  test('internal links and fragments resolve', () => {
    const broken: string[] = [];
    // Absolute links to the site itself (canonical, og:image, feed) must resolve like relative ones.
    const origin = new URL(SITE.url).origin;
    for (const link of links) {
      if ((/^[a-z][a-z0-9+.-]*:/i.test(link) && !link.startsWith(`${origin}/`)) || link.startsWith('//')) continue;
      const target = new URL(link, `http://site${page.url}`);
      const path = decodeURIComponent(target.pathname);
      if (!served.has(path)) {
        broken.push(`${link} (no file for ${path})`);
        continue;
      }
      const fragment = decodeURIComponent(target.hash.slice(1));
      if (fragment && !idsByUrl.get(path)?.has(fragment)) broken.push(`${link} (no id "${fragment}" on ${path})`);
    }
    expect(broken).toEqual([]);
  });

  test('external links are well-formed and open safely', () => {
    const bad: string[] = [];
    for (const link of links.filter((link) => /^[a-z][a-z0-9+.-]*:/i.test(link))) {
      if (!/^(https?|mailto):/.test(link)) bad.push(`${link} (scheme)`);
      else if (link.startsWith('http')) {
        try {
          new URL(link);
        } catch {
          bad.push(`${link} (not a URL)`);
        }
      }
    }
    for (const anchor of anchors.filter((tag) => /target="_blank"/.test(tag))) {
      if (!/rel="[^"]*noopener/.test(anchor)) bad.push(`${anchor} (target=_blank without rel=noopener)`);
    }
    expect(bad).toEqual([]);
  });
});
