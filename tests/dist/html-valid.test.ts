/** Every built page is valid HTML (html-validate's recommended rules, minus the few noted below). */
import { HtmlValidate } from 'html-validate';
import { expect, test } from 'vitest';
import { pages } from './built-pages';

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // Astro writes boolean attributes and void elements in its own (valid) style.
    'attribute-boolean-style': 'off',
    'void-style': 'off',
    // Pagefind's custom elements are defined by its script.
    'no-unknown-elements': 'off',
  },
});

test.each(pages.map((page) => [page.url, page] as const))('%s is valid HTML', async (_url, page) => {
  const report = await validator.validateString(page.html, page.file);
  const messages = report.results.flatMap((result) => result.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`));
  expect(messages).toEqual([]);
});
