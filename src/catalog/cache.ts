/**
 * Where costly artefacts that depend only on their inputs are kept between builds:
 * `node_modules/.cache/pivot-point/`, the convention Vite and astro-og-canvas follow (CI caches the
 * folder). `PIVOT_POINT_CACHE` moves it, so the benchmark can start each build cold. Entries are
 * named by a hash of everything they depend on, so a stale entry is never read, only left unused.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export function cacheDir(root: string, ...parts: string[]): string {
  return join(process.env.PIVOT_POINT_CACHE ?? join(root, 'node_modules', '.cache', 'pivot-point'), ...parts);
}

/** A hex digest of every input, joined so that ("ab", "c") and ("a", "bc") differ. */
export function contentKey(...inputs: string[]): string {
  const hash = createHash('sha256');
  for (const input of inputs) hash.update(String(input.length)).update(':').update(input);
  return hash.digest('hex');
}

/** The cached JSON value under `key`, or undefined (never written, or unreadable). */
export function readCached<T>(dir: string, key: string): T | undefined {
  try {
    return JSON.parse(readFileSync(join(dir, `${key}.json`), 'utf8')) as T;
  } catch {
    return undefined;
  }
}

/** Keeps `value` under `key`: written whole, then renamed, so a reader never sees half a file. */
export function writeCached(dir: string, key: string, value: unknown): void {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${key}.json`);
  const partial = `${file}.${process.pid}.tmp`;
  writeFileSync(partial, JSON.stringify(value));
  renameSync(partial, file);
}
