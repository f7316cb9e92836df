/**
 * When a content file last changed, from git history, read once per build for
 * all files (one `git log`, not one per page). A shallow clone (the default in
 * CI) knows only the newest commit and would date every file to it, so there
 * the map is empty and pages fall back to `updatedDate`.
 */
import { execFileSync } from 'node:child_process';

let dates: Map<string, Date> | undefined;

function git(args: string[], cwd: string): string | undefined {
  try {
    return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 64 * 1024 * 1024 }).trim();
  } catch {
    return undefined;
  }
}

/** Last commit date of every file under content/ in the repository at `cwd` (empty when shallow or not a repository). */
export function readHistory(cwd: string): Map<string, Date> {
  const history = new Map<string, Date>();
  if (git(['rev-parse', '--is-shallow-repository'], cwd) !== 'false') return history;
  // Newest first: the first date seen for a file is its last change.
  const log = git(['log', '--format=%x00%cI', '--name-only', '--', 'content'], cwd) ?? '';
  for (const commit of log.split('\0').filter(Boolean)) {
    const [date, ...files] = commit.trim().split('\n');
    for (const file of files.filter(Boolean)) if (!history.has(file)) history.set(file, new Date(date!));
  }
  return history;
}

/** @param file path from the repository root, e.g. `content/articles/x.mdx` */
export function lastCommitDate(file: string): Date | undefined {
  dates ??= readHistory(process.cwd());
  return dates.get(file);
}
