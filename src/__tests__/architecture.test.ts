/**
 * The layers import one way only, bottom to top:
 *
 *   model <- charts <- catalog <- site <- components <- layouts <- pages
 *
 * `model` holds types and schemas; `charts` the pure chart functions; `catalog` reads and checks
 * content (no Astro); `site` is the Astro-aware glue; then components, layouts and pages. Only
 * `site` and above may import Astro's virtual modules (`astro:*`). Scripts may use model, charts and
 * catalog, never site. In the style of Starlight's import-rule tests: read every source file, take
 * its import specifiers, and check each against the rule.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { componentProps } from '../model/mdx-components';

const ROOT = resolve(import.meta.dirname, '../..');
const LAYERS = ['model', 'charts', 'catalog', 'site', 'components', 'layouts', 'pages'] as const;
/** Files outside the layer folders, given the rank of the layer they belong with. */
const LOOSE: Record<string, number> = { 'src/site.config.ts': 0, 'src/content.config.ts': 3, 'src/env.d.ts': 0 };

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(ts|astro|mjs)$/.test(entry.name) && !entry.parentPath.includes('__tests__'))
    .map((entry) => relative(ROOT, join(entry.parentPath, entry.name)));
}

/** Rank of the layer a project file belongs to, or undefined for files outside src/. */
function rankOf(file: string): number | undefined {
  if (file in LOOSE) return LOOSE[file];
  const [top, folder] = file.split('/');
  if (top !== 'src') return undefined;
  const rank = LAYERS.indexOf(folder as (typeof LAYERS)[number]);
  return rank === -1 ? undefined : rank;
}

function importsOf(file: string): string[] {
  const text = readFileSync(join(ROOT, file), 'utf8');
  return [...text.matchAll(/(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|^\s*import\s+['"]([^'"]+)['"]/gm)].map(
    (match) => match[1] ?? match[2] ?? match[3] ?? '',
  );
}

function problems(files: string[], maxRank: (file: string) => number): string[] {
  const found: string[] = [];
  for (const file of files) {
    const mine = maxRank(file);
    for (const specifier of importsOf(file)) {
      if (specifier.startsWith('astro:') && mine < LAYERS.indexOf('site')) found.push(`${file} imports ${specifier} (only site and above may)`);
      if (!specifier.startsWith('.')) continue;
      const target = relative(ROOT, resolve(dirname(join(ROOT, file)), specifier));
      const theirs = rankOf(target.endsWith('.css') ? 'src/styles' : target);
      if (theirs !== undefined && theirs > mine) found.push(`${file} (${LAYERS[mine] ?? mine}) imports ${target} (${LAYERS[theirs]}), a layer above it`);
    }
  }
  return found;
}

describe('layers import one way only', () => {
  test('no file under src/ imports a layer above its own', () => {
    const files = sourceFiles('src');
    expect(files.length).toBeGreaterThan(50);
    expect(problems(files, (file) => rankOf(file) ?? LAYERS.length)).toEqual([]);
  });

  test('scripts use model, charts and catalog, never the Astro glue', () => {
    expect(problems(sourceFiles('scripts'), () => LAYERS.indexOf('catalog'))).toEqual([]);
  });

  test('the rule itself catches an upward import', () => {
    const charts = 'src/charts/bar.ts';
    expect(rankOf(charts)).toBe(1);
    expect(rankOf('src/catalog/check.ts')).toBeGreaterThan(rankOf(charts)!);
  });
});

test('the MDX component map names exactly the components whose props the check validates', () => {
  const text = readFileSync(join(ROOT, 'src/components/mdx-components.ts'), 'utf8');
  const listed = /export const mdxComponents = \{([^}]*)\}/.exec(text)?.[1]?.split(',').map((name) => name.trim()).filter(Boolean) ?? [];
  expect(listed.sort()).toEqual(Object.keys(componentProps).sort());
});
