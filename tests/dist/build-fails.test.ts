/**
 * The real `astro build`, not just the check function, stops on bad input and prints the file, line
 * and expectation: run on a copy of this project with one broken CSV cell and one broken frontmatter field.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { env, project, projectCopy } from './project-copy';

test('astro build fails naming the broken CSV row and frontmatter line', () => {
  const { root, edit } = projectCopy();
  edit('content/data/us-m2-monthly.csv', (text) => text.replace(/^1995-02-01,.*$/m, '1995-02-01,3489.2 bn'));
  edit('content/themes/macro.yml', (text) => text.replace(/^order: .*$/m, 'order: first'));
  const result = spawnSync(join(project, 'node_modules/.bin/astro'), ['build'], { cwd: root, encoding: 'utf8', env, timeout: 120_000 });
  const output = `${result.stdout}\n${result.stderr}`;
  expect(result.status, output).not.toBe(0);
  expect(output).toContain(
    'content/data/us-m2-monthly.csv:3: column "m2_billions_usd" (number): "3489.2 bn" is not a number; expected a plain decimal number such as 1234.5',
  );
  expect(output).toMatch(/content\/themes\/macro\.yml:\d+: field "order": got "first"; expected a number/);
}, 120_000);
