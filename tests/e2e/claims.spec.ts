/**
 * The claims as readers meet them: the tracker (one row per claim, verdict filters that work without
 * JavaScript, a page a reader can take in rather than a wall of cards), slim claim cards in articles
 * and claim pages that lead with their verdict.
 */
import { expect, type Page } from '@playwright/test';
import { model, publishedArticles } from './content';
import { test } from './shared-page';

const claims = [...model.claims.values()];
const countOf = (verdict: string) => claims.filter((claim) => claim.data.verdict === verdict).length;
/** An article that carries claim cards. */
const articleWithClaims = publishedArticles.find((id) => model.articles.get(id)!.scan.components.some((use) => use.name === 'Claim'))!;

const rows = (page: Page) => page.locator('.tracker__row');

test('the tracker lists every claim as one row linked to its page, on a page a reader can scan', async ({ sharedPage: page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/claims/');
  await expect(rows(page)).toHaveCount(claims.length);
  const first = claims[0]!;
  await expect(page.locator(`[id="${first.id}"]`).getByRole('link', { name: first.data.summary ?? first.data.quote })).toHaveAttribute('href', `/claims/${first.id}/`);
  // As 87 cards the page was 38,000 px tall at 1280 px (437 px a claim). Rows of one to three lines
  // keep it near 55 px a claim: the budget is the page's frame plus 64 px a claim.
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  expect(height).toBeLessThan(1000 + 64 * claims.length);
});

test('the verdict filters work without JavaScript, and "All" brings every claim back', async ({ plainPage: page }) => {
  await page.goto('/claims/');
  const filters = page.getByRole('navigation', { name: 'Show claims by verdict' });
  const verdicts = await filters.locator('[data-verdict]').evaluateAll((links) => links.map((link) => link.getAttribute('data-verdict')!));
  expect(verdicts.length).toBeGreaterThan(1);
  for (const verdict of verdicts) {
    await filters.locator(`[data-verdict="${verdict}"]`).click();
    await expect(page).toHaveURL(new RegExp(`#verdict-${verdict}$`));
    const shown = rows(page).filter({ visible: true });
    await expect(shown).toHaveCount(countOf(verdict));
    await expect(shown.locator(`[data-verdict]:not([data-verdict="${verdict}"])`)).toHaveCount(0);
  }
  await filters.getByRole('link', { name: /^All/ }).click();
  await expect(rows(page).filter({ visible: true })).toHaveCount(claims.length);
});

test('the tracker explains its verdicts and links the rubric', async ({ sharedPage: page }) => {
  await page.goto('/claims/');
  await page.getByText('How we rate claims').click();
  const key = page.locator('.verdict-key');
  await expect(key.getByRole('link', { name: 'full rubric' })).toHaveAttribute('href', '/about/#how-we-rate-claims');
  // Every verdict is told apart by a glyph and its word, not by colour alone.
  for (const badge of await key.locator('.badge').all()) {
    await expect(badge.locator('svg.badge__glyph path').first()).toBeAttached();
    await expect(badge).toHaveText(/\w+/);
  }
});

test('a claim card in an article shows the verdict and the quote, and keeps the French and the evidence one click away', async ({ sharedPage: page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto(`/articles/${articleWithClaims}/`);
  const card = page.locator('article.claim-card').first();
  const claimId = (await card.getByRole('link', { name: /^Claim page/, includeHidden: true }).getAttribute('href'))!.split('/').at(-2)!;
  const claim = model.claims.get(claimId)!;
  await expect(card.locator('.badge')).toContainText(new RegExp(claim.data.verdict, 'i'));
  await expect(card.getByRole('blockquote')).toContainText(claim.data.quote);
  await expect(card).toContainText('our translation');
  const original = card.locator('[lang="fr"]');
  await expect(original).toBeHidden();
  await card.getByText('French original and evidence').click();
  await expect(original).toBeVisible();
  await expect(original).toContainText(claim.data.original);
  await expect(card).toContainText(claim.data.evidence!.note.slice(0, 40));
  // Closed, a card is a quote and a verdict: cards were 600 to 1,300 px tall on a phone.
  const heights = await page.locator('article.claim-card').evaluateAll((cards) =>
    cards.filter((c) => !c.querySelector('details[open]')).map((c) => c.getBoundingClientRect().height).sort((a, b) => a - b),
  );
  expect(heights[heights.length >> 1]).toBeLessThan(300);
});

test('a claim page leads with its verdict, then the quote, then the evidence', async ({ sharedPage: page }) => {
  const claim = claims.find((entry) => entry.data.kind === 'forecast') ?? claims[0]!;
  await page.goto(`/claims/${claim.id}/`);
  const order = await page.evaluate(() =>
    ['h1', '.claim-verdict .badge--large', '.claim-quote blockquote', '.claim-quote [lang="fr"]', '.claim-evidence'].map(
      (selector) => document.querySelector(selector)?.getBoundingClientRect().top ?? -1,
    ),
  );
  expect(order.every((top) => top >= 0)).toBe(true);
  expect([...order].sort((a, b) => a - b)).toEqual(order);
  await expect(page.locator('.claim-verdict')).toContainText(claim.data.judgedAt ? 'Judged at' : '');
  await expect(page.locator('.claim-verdict').getByRole('link', { name: 'How we rate claims' })).toHaveAttribute('href', '/about/#how-we-rate-claims');
});
