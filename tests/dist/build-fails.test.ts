/**
 * The real `astro build`, not just the check function, stops on bad input and
 * prints the file, line and expectation: run on a copy of this project with
 * one broken CSV cell and one broken frontmatter field.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, expect, test } from 'vitest';

const project = resolve('.');
const copy = mkdtempSync(join(tmpdir(), 'pivot-point-build-'));
afterAll(() => rmSync(copy, { recursive: true, force: true }));

for (const entry of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'content', 'public']) {
  cpSync(join(project, entry), join(copy, entry), { recursive: true });
}
symlinkSync(join(project, 'node_modules'), join(copy, 'node_modules'));

test('astro build fails naming the broken CSV row and frontmatter line', () => {
  const csv = join(copy, 'content/data/us-m2-monthly.csv');
  const lines = readFileSync(csv, 'utf8').split('\n');
  lines[2] = '1995-02-01,3489.2 bn';
  writeFileSync(csv, lines.join('\n'));
  const theme = join(copy, 'content/themes/macro.yml');
  writeFileSync(theme, readFileSync(theme, 'utf8').replace(/^order: .*$/m, 'order: first'));

  const result = spawnSync(join(project, 'node_modules/.bin/astro'), ['build'], {
    cwd: copy,
    encoding: 'utf8',
    env: { ...process.env, PATH: `${join(project, 'node_modules/.bin')}:${process.env.PATH}` },
    timeout: 120_000,
  });
  const output = `${result.stdout}\n${result.stderr}`;
  expect(result.status, output).not.toBe(0);
  expect(output).toContain(
    'content/data/us-m2-monthly.csv:3: column "m2_billions_usd" (number): "3489.2 bn" is not a number; expected a plain decimal number such as 1234.5',
  );
  expect(output).toMatch(/content\/themes\/macro\.yml:\d+: field "order": got "first"; expected a number/);
}, 120_000);
