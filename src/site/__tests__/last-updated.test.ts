import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { readHistory } from '../last-updated';

const root = mkdtempSync(join(tmpdir(), 'pivot-point-git-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function commit(repo: string, file: string, text: string, date: string) {
  writeFileSync(join(repo, file), text);
  execFileSync('git', ['add', '.'], { cwd: repo });
  const env = { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date };
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-qm', file], { cwd: repo, env });
}

test('each content file is dated by its last commit; a shallow clone dates nothing', () => {
  const repo = join(root, 'repo');
  mkdirSync(join(repo, 'content/articles'), { recursive: true });
  execFileSync('git', ['init', '-q'], { cwd: repo });
  commit(repo, 'content/articles/a.mdx', 'one', '2026-01-01T10:00:00Z');
  commit(repo, 'content/articles/b.mdx', 'two', '2026-02-01T10:00:00Z');
  commit(repo, 'content/articles/a.mdx', 'three', '2026-03-01T10:00:00Z');

  const history = readHistory(repo);
  expect(history.get('content/articles/a.mdx')).toEqual(new Date('2026-03-01T10:00:00Z'));
  expect(history.get('content/articles/b.mdx')).toEqual(new Date('2026-02-01T10:00:00Z'));

  const shallow = join(root, 'shallow');
  execFileSync('git', ['clone', '-q', '--depth', '1', `file://${repo}`, shallow]);
  expect(readHistory(shallow).size).toBe(0);
});
