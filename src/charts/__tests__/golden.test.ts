/**
 * Golden SVGs: one chart per type and variant, compared byte for byte with
 * `__golden__/<name>.svg`. After an intended rendering change, review the
 * diff and update with `npm run test:update-golden`
 * (= `npx vitest run -u src/charts`).
 */
import { describe, expect, it } from 'vitest';
import { renderChart } from '../render.ts';
import { cases } from './cases.ts';
import { tables } from './fixtures.ts';

describe('golden SVGs', () => {
  for (const [name, spec] of Object.entries(cases)) {
    it(name, async () => {
      const { svg, standaloneSvg, compactSvg } = renderChart(spec, tables, { source: 'Source: test fixtures' });
      await expect(svg).toMatchFileSnapshot(`./__golden__/${name}.svg`);
      if (name === 'line-multi-y' || name === 'bar-horizontal') {
        await expect(standaloneSvg).toMatchFileSnapshot(`./__golden__/${name}.standalone.svg`);
      }
      if (name === 'line-multi-y' || name === 'bar-vertical' || name === 'indexed-join') {
        await expect(compactSvg).toMatchFileSnapshot(`./__golden__/${name}.compact.svg`);
      }
    });
  }
});
