/**
 * The few values that say where the site lives. Change them here (or through
 * the environment in CI) and every canonical URL, feed, sitemap, "Edit this
 * page" and citation follows.
 */
import { execFileSync } from 'node:child_process';

/**
 * A repository URL a reader can open: REPOSITORY_URL, else the `origin` remote when it is a web host
 * (`git@github.com:o/r.git` and `https://github.com/o/r.git` both become `https://github.com/o/r`).
 * A local path or no remote gives undefined, and the pages leave their "edit" links out.
 */
export function repositoryUrl(env: Record<string, string | undefined> = process.env, remote = originRemote): string | undefined {
  const raw = env.REPOSITORY_URL?.trim() || remote();
  if (!raw) return undefined;
  const scp = /^[\w.-]+@([\w.-]+):(.+)$/.exec(raw);
  const url = scp ? `https://${scp[1]}/${scp[2]}` : raw;
  if (!/^https:\/\/[^/]+\/.+/.test(url)) return undefined;
  return url.replace(/\.git$/, '').replace(/\/+$/, '');
}

function originRemote(): string | undefined {
  try {
    return execFileSync('git', ['remote', 'get-url', 'origin'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return undefined;
  }
}

/** The path part of the site URL with both slashes (`/` or `/pivot-point/`): Astro's `base`. */
export function basePath(siteUrl: string): string {
  const path = new URL(siteUrl).pathname.replace(/\/+$/, '');
  return `${path}/`;
}

const url = process.env.SITE_URL ?? 'http://localhost:4321/';

export const SITE = {
  name: 'Pivot Point',
  tagline: 'Crypto versus AI, tested against data',
  /** Where the built site is published, with its path when it has one; deploys set SITE_URL. */
  url,
  /** The path every page is served under: `/`, or `/pivot-point/` for a GitHub Pages project site. */
  base: basePath(url),
  /** The public repository, for "Edit this page" and corrections; undefined leaves those links out. */
  repository: repositoryUrl(),
  branch: 'main',
} as const;
