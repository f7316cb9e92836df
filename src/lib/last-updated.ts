/**
 * When a content file last changed, from git history. A shallow clone (the
 * default in CI) knows only the newest commit and would date every file to
 * it, so there we return undefined and pages fall back to `updatedDate`.
 */
import { execFileSync } from 'node:child_process';

let shallow: boolean | undefined;

function git(args: string[]): string | undefined {
  try {
    return execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return undefined;
  }
}

export function lastCommitDate(file: string): Date | undefined {
  shallow ??= git(['rev-parse', '--is-shallow-repository']) !== 'false';
  if (shallow) return undefined;
  const iso = git(['log', '-1', '--format=%cI', '--', file]);
  return iso ? new Date(iso) : undefined;
}
