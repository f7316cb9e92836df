/**
 * Minutes to read an MDX body: words of prose at 230 words a minute, counting
 * neither component props (chart specs are not read) nor footnote URLs.
 */
export function readingMinutes(mdx: string, wordsPerMinute = 230): number {
  const prose = mdx
    .replace(/<[A-Z][\s\S]*?\/>/g, ' ') // self-closing components: <Chart ... />
    .replace(/<\/?[A-Z][^>]*>/g, ' ') // opening and closing tags of components with text inside
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/[#*_`>|[\]()-]/g, ' ');
  const words = prose.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
  return Math.max(1, Math.round(words / wordsPerMinute));
}
