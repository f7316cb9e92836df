/**
 * Where costly build artefacts that depend only on their inputs are kept between builds:
 * `node_modules/.cache/pivot-point/`, the convention Vite and astro-og-canvas follow (CI caches the
 * folder). `PIVOT_POINT_CACHE` moves it, so the benchmark can start each build cold.
 */
import { join } from 'node:path';

export function cacheDir(root: string, ...parts: string[]): string {
  return join(process.env.PIVOT_POINT_CACHE ?? join(root, 'node_modules', '.cache', 'pivot-point'), ...parts);
}
