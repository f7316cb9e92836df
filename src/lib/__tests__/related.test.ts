import { expect, test } from 'vitest';
import { neighboursInTheme, relatedArticles } from '../related';

const article = (id: string, day: number, themes: string[]) => ({
  id,
  data: { title: id, pubDate: new Date(Date.UTC(2026, 0, day)), themes },
});
const a = article('a', 1, ['m2', 'macro']);
const b = article('b', 2, ['m2']);
const c = article('c', 3, ['m2', 'macro']);
const d = article('d', 4, ['ai']);
const all = [d, c, b, a];

test('previous and next follow the date order within the theme', () => {
  expect(neighboursInTheme(b, all, 'm2')).toEqual({ previous: a, next: c });
  expect(neighboursInTheme(a, all, 'm2')).toEqual({ previous: undefined, next: b });
});

test('related articles share themes, the most shared first, never the article itself', () => {
  expect(relatedArticles(a, all).map((x) => x.id)).toEqual(['c', 'b']);
  expect(relatedArticles(d, all)).toEqual([]);
});
