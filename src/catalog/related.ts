/**
 * How articles point to one another: the previous and next article within a theme (by date, then
 * title), and the others that share the most themes. Computed for all articles at once: articles are
 * ranked by date once, each theme is listed once in that order, and the related articles are picked
 * by a running top few rather than a sort per article, so a thousand articles cost milliseconds.
 */
export interface Linkable {
  id: string;
  data: { title: string; pubDate: Date; themes: string[] };
}

export interface Links<T> {
  previous?: T;
  next?: T;
  related: T[];
}

const byDateThenTitle = (a: Linkable, b: Linkable) =>
  a.data.pubDate.getTime() - b.data.pubDate.getTime() || a.data.title.localeCompare(b.data.title);

/** For each article: its neighbours in its first theme and up to `limit` related articles. */
export function articleLinks<T extends Linkable>(all: readonly T[], limit = 3): Map<string, Links<T>> {
  // Oldest first: an article's rank is its place in date order, and theme lists keep that order.
  const ordered = [...all].sort(byDateThenTitle);
  const rank = new Map(ordered.map((article, index) => [article.id, index]));
  const byTheme = new Map<string, T[]>();
  for (const article of ordered) for (const theme of article.data.themes) byTheme.set(theme, [...(byTheme.get(theme) ?? []), article]);
  const links = new Map<string, Links<T>>();
  for (const article of all) {
    const list = byTheme.get(article.data.themes[0] ?? '') ?? [];
    const index = list.indexOf(article);
    const previous = index > 0 ? list[index - 1] : undefined;
    const next = index >= 0 ? list[index + 1] : undefined;
    links.set(article.id, { ...(previous ? { previous } : {}), ...(next ? { next } : {}), related: related(article, byTheme, rank, limit) });
  }
  return links;
}

/** The `limit` articles sharing the most themes with `article`, the newest first among equals. */
function related<T extends Linkable>(article: T, byTheme: Map<string, T[]>, rank: Map<string, number>, limit: number): T[] {
  const shared = new Map<T, number>();
  for (const theme of article.data.themes) {
    for (const other of byTheme.get(theme) ?? []) if (other !== article) shared.set(other, (shared.get(other) ?? 0) + 1);
  }
  const better = (a: [T, number], b: [T, number]) => b[1] - a[1] || rank.get(b[0].id)! - rank.get(a[0].id)!;
  const top: [T, number][] = [];
  for (const entry of shared) {
    if (top.length === limit && better(entry, top[limit - 1]!) >= 0) continue;
    top.push(entry);
    top.sort(better);
    if (top.length > limit) top.pop();
  }
  return top.map(([other]) => other);
}
