/**
 * Astro's documented reading-time recipe: a remark plugin that counts the words of the page's text
 * (`mdast-util-to-string`: prose, not component props or link URLs) and stores the minutes in the
 * frontmatter Astro hands back as `remarkPluginFrontmatter.minutesRead`. Words are counted by
 * splitting on white space: the `reading-time` package the recipe suggests examines every character
 * for CJK word boundaries, which this English site does not need, and cost 2 s of a 1,000-article build.
 */
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';

/** Words a minute of an attentive reader of data-heavy prose. */
export const WORDS_PER_MINUTE = 230;

/** Whole minutes to read `text`, at least one. */
export function readingMinutes(text: string): number {
  const words = text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}

export function remarkReadingTime() {
  return (tree: Root, file: { data: { astro?: { frontmatter?: Record<string, unknown> } } }) => {
    const astro = (file.data.astro ??= {});
    (astro.frontmatter ??= {}).minutesRead = readingMinutes(toString(tree));
  };
}
