/**
 * The few values that say where the site lives. Change them here (or through
 * the environment in CI) and every canonical URL, feed, sitemap, "Edit this
 * page" and citation follows.
 */
export const SITE = {
  name: 'Pivot Point',
  tagline: 'Crypto versus AI, tested against data',
  /** Where the built site is published; deploys set SITE_URL. */
  url: process.env.SITE_URL ?? 'http://localhost:4321',
  /** The public repository, for "Edit this page" and corrections. Deploys set REPOSITORY_URL. */
  repository: process.env.REPOSITORY_URL ?? 'https://github.com/pivot-point/pivot-point',
  branch: 'main',
} as const;
