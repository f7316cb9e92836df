/**
 * One colour per subject, on every chart of the site: a series about crypto is drawn in crypto's
 * colour (or its second tone), AI in AI's, macro context in grey, whatever chart it is on. Runs over
 * the real content, so a chart that colours a series against its subject fails here.
 */
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { renderInline } from '../../charts/index';
import { SUBJECT_SLOTS } from '../../charts/palette';
import { buildCatalog } from '../catalog';

const ROOT = resolve(import.meta.dirname, '../../..');
const catalog = buildCatalog(ROOT);
const charts = [...catalog.charts].flatMap(([page, byId]) => [...byId].map(([id, prepared]) => [`${page}#${id}`, prepared] as const));

describe('colours mean the same subject on every chart', () => {
  test('the site has charts whose series carry subjects', () => {
    expect(charts.filter(([, prepared]) => prepared.series.some((s) => s.subject)).length).toBeGreaterThan(10);
  });

  test.each(charts)('%s', (_name, prepared) => {
    for (const series of prepared.series) {
      if (series.subject) expect(SUBJECT_SLOTS[series.subject], `${series.label} is about ${series.subject}`).toContain(series.colour);
    }
    // What is drawn carries exactly those colours: lines by series, bars by series, group or muted context.
    const svg = renderInline(prepared);
    const drawn = [...svg.matchAll(/<(?:path|rect|circle) class="(?:line|bar|dot) series c-([\w-]+)"/g)].map((m) => m[1]);
    const allowed = new Set([...prepared.series.map((s) => s.colour), ...(prepared.groupColours ?? []), ...(prepared.spec.highlight ? ['muted'] : [])]);
    for (const colour of drawn) expect(allowed).toContain(colour);
  });
});
