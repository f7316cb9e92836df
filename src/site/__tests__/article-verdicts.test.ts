import { expect, test } from 'vitest';
import { fixtureSite, VALID } from '../../catalog/__tests__/fixture-site';
import { articleClaims } from '../article-verdicts';
import { loadIndex } from '../content-index';

test('an article counts each claim it shows once, with its verdict', () => {
  const body = `${VALID['content/articles/money.mdx']}\n<Claim id="prices-rise" />\n`;
  loadIndex({ root: fixtureSite({ 'content/articles/money.mdx': body }), drafts: false, watch: false });
  expect(articleClaims('money')).toEqual([{ id: 'prices-rise', verdict: 'supported' }]);
  expect(articleClaims('no-such-article')).toEqual([]);
});
