/**
 * A link whose text is its own address (a GFM autolink such as a bare `https://…` in a footnote) reads
 * as noise and, being one unbreakable word, widens a phone's page. Its text becomes the title of the
 * content/sources entry with that address, else the site's name and a short path
 * ("fred.stlouisfed.org/series/M2SL", "github.com/YoussefKh200/…"). The address stays the link's
 * target. Done once, when the Markdown is rendered, so content keeps the address it was written with.
 */
import type { Element, ElementContent, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import type { Catalog } from '../../catalog/catalog.ts';
import { ContentErrors } from '../../model/errors.ts';
import { getIndex } from '../content-index.ts';

/** Longest short form before the path is cut with "…". */
const SHORT = 40;

/** An address compared without scheme, "www.", trailing slash or fragment: the forms authors vary. */
export function urlKey(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    if (!/^https?:$/.test(parsed.protocol)) return undefined;
    return `${parsed.hostname.replace(/^www\./, '')}${parsed.pathname.replace(/\/+$/, '')}${parsed.search}`;
  } catch {
    return undefined;
  }
}

/** "fred.stlouisfed.org/series/M2SL": the host and as much of the path as fits, whole segments only. */
export function shortAddress(url: string): string {
  const parsed = new URL(url);
  let text = parsed.hostname.replace(/^www\./, '');
  const segments = parsed.pathname.split('/').filter(Boolean);
  for (const segment of segments) {
    const next = `${text}/${decodeURIComponent(segment)}`;
    if (next.length > SHORT) return `${text}/…`;
    text = next;
  }
  return parsed.search ? `${text}?…` : text;
}

/** Whether the link's visible text is its address (with or without the scheme, as GFM writes `www.` links). */
function showsItsAddress(link: Element, href: string): boolean {
  const key = urlKey(href);
  const text = toString(link).trim();
  return key !== undefined && text !== '' && urlKey(text.includes('://') ? text : `https://${text}`) === key;
}

const made = new WeakMap<Catalog, Map<string, string>>();

/** Titles of the content/sources entries by address, once per content index; a "via" page by its own title. */
export function sourceTitles(): ReadonlyMap<string, string> {
  let index: Catalog;
  try {
    index = getIndex();
  } catch (error) {
    // Broken content is reported by the page itself (the dev server's overlay); meanwhile links keep their short form.
    if (error instanceof ContentErrors) return new Map();
    throw error;
  }
  let titles = made.get(index);
  if (!titles) {
    titles = new Map();
    for (const { data } of index.model.sources.values()) {
      if (data.via) titles.set(urlKey(data.via.url)!, data.via.title ?? `${data.title}, as reported by ${data.via.publisher}`);
      if (data.url) titles.set(urlKey(data.url)!, data.title);
    }
    made.set(index, titles);
  }
  return titles;
}

export interface LinkTitlesOptions {
  /** Titles by address (keys made with `urlKey`), asked for when the first page renders. */
  titles: () => ReadonlyMap<string, string>;
}

export function rehypeLinkTitles({ titles }: LinkTitlesOptions) {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      const href = node.properties?.href;
      if (node.tagName !== 'a' || typeof href !== 'string' || !showsItsAddress(node, href)) return;
      const text = titles().get(urlKey(href)!) ?? shortAddress(href);
      node.children = [{ type: 'text', value: text } satisfies ElementContent];
    });
  };
}
