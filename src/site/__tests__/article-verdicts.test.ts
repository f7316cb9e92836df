import { expect, test } from 'vitest';
import { countVerdicts } from '../article-verdicts';

test("an article's verdicts are counted in the claims page's order, leaving out verdicts no claim carries", () => {
  const counts = countVerdicts(['opinion', 'unverifiable', 'supported', 'unverifiable', 'open']);
  expect(counts.map(({ verdict, count }) => `${count} ${verdict.label}`)).toEqual(['1 Supported', '2 Unverifiable', '1 Open', '1 Opinion']);
  expect(countVerdicts([])).toEqual([]);
});
