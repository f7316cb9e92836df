/**
 * Golden SVGs: one chart per type and variant, compared byte for byte with
 * `__golden__/<name>.svg`. After an intended rendering change, review the
 * diff and update with `npm run test:update-golden`
 * (= `npx vitest run -u src/charts`).
 */
import { describe, expect, it } from 'vitest';
import { cases, goldenVariants } from './cases.ts';
import { drawAll } from './fixtures.ts';

describe('golden SVGs', () => {
  for (const [name, spec] of Object.entries(cases)) {
    it(name, async () => {
      const { svg, standaloneSvg, compactSvg } = drawAll(spec);
      await expect(svg).toMatchFileSnapshot(`./__golden__/${name}.svg`);
      if (goldenVariants.standalone.includes(name)) await expect(standaloneSvg).toMatchFileSnapshot(`./__golden__/${name}.standalone.svg`);
      if (goldenVariants.compact.includes(name)) await expect(compactSvg).toMatchFileSnapshot(`./__golden__/${name}.compact.svg`);
    });
  }
});
