/**
 * How articles point to one another: the previous and next article within a
 * theme (by date, then title), and the others that share the most themes.
 */
interface Linkable {
  id: string;
  data: { title: string; pubDate: Date; themes: string[] };
}

const byDateThenTitle = (a: Linkable, b: Linkable) =>
  a.data.pubDate.getTime() - b.data.pubDate.getTime() || a.data.title.localeCompare(b.data.title);

export function neighboursInTheme<T extends Linkable>(article: T, all: readonly T[], theme: string): { previous?: T; next?: T } {
  const inTheme = all.filter((other) => other.data.themes.includes(theme)).sort(byDateThenTitle);
  const index = inTheme.findIndex((other) => other.id === article.id);
  return { previous: inTheme[index - 1], next: inTheme[index + 1] };
}

export function relatedArticles<T extends Linkable>(article: T, all: readonly T[], limit = 3): T[] {
  const shared = (other: T) => other.data.themes.filter((theme) => article.data.themes.includes(theme)).length;
  return all
    .filter((other) => other.id !== article.id && shared(other) > 0)
    .sort((a, b) => shared(b) - shared(a) || byDateThenTitle(b, a))
    .slice(0, limit);
}
