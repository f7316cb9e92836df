/**
 * The integration stops a build on bad content before Astro loads anything, and names the file and
 * line: called the way Astro calls it, on fixture sites (tests/dist/build-fails.test.ts runs a real
 * `astro build` on a broken copy too).
 */
import { pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import { fixtureSite, withLine } from '../../catalog/__tests__/fixture-site';
import { ContentErrors } from '../../model/errors';
import { contentCheck } from '../integration';

function setup(root: string, command: 'build' | 'dev') {
  const logged: string[] = [];
  const log = (level: string) => (message: string) => logged.push(`${level}: ${message}`);
  const logger = { info: log('info'), warn: log('warn'), error: log('error') };
  const hook = contentCheck().hooks['astro:config:setup'] as (options: unknown) => void;
  const run = () => hook({ config: { root: pathToFileURL(`${root}/`) }, logger, command });
  return { run, logged };
}

describe('the content integration', () => {
  test('a build on broken content throws every problem, with file and line', () => {
    const { run } = setup(fixtureSite(withLine('content/themes/money-supply.yml', 3, 'order: first')), 'build');
    expect(run).toThrow(ContentErrors);
    expect(run).toThrow(/content\/themes\/money-supply\.yml:3: field "order": got "first"; expected a number/);
  });

  test('a build says which articles it leaves out as drafts', () => {
    const draft = {
      ...withLine('content/articles/money.mdx', 5, 'themes: [money-supply]\ndraft: true'),
      // A claim may not cite the chart of an article readers will not see: it cites rows instead.
      ...withLine('content/claims/prices-rise.yml', 10, '  rows: [{ dataset: prices, where: { date: "2024-01-01" } }]'),
    };
    const { run, logged } = setup(fixtureSite(draft), 'build');
    run();
    expect(logged).toContain('warn: content/articles/money.mdx:6: draft: true, so a build for publishing leaves this article out; remove the line to publish it');
  });

  test('the dev server starts on broken content and logs the problems', () => {
    const { run, logged } = setup(fixtureSite(withLine('content/themes/money-supply.yml', 3, 'order: first')), 'dev');
    expect(run).not.toThrow();
    expect(logged.some((line) => line.startsWith('error: content/themes/money-supply.yml:3:'))).toBe(true);
  });
});
