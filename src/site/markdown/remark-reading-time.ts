/**
 * Astro's documented reading-time recipe: a remark plugin that counts the words of the page's text
 * (`mdast-util-to-string`: prose, not component props or link URLs) and stores the minutes in the
 * frontmatter Astro hands back as `remarkPluginFrontmatter.minutesRead`.
 */
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import readingTime from 'reading-time';

/** Words a minute of an attentive reader of data-heavy prose. */
export const WORDS_PER_MINUTE = 230;

/** Whole minutes to read `text`, at least one. */
export function readingMinutes(text: string): number {
  return Math.max(1, Math.round(readingTime(text, { wordsPerMinute: WORDS_PER_MINUTE }).minutes));
}

export function remarkReadingTime() {
  return (tree: Root, file: { data: { astro?: { frontmatter?: Record<string, unknown> } } }) => {
    const astro = (file.data.astro ??= {});
    (astro.frontmatter ??= {}).minutesRead = readingMinutes(toString(tree));
  };
}
