import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { SCORED_VERDICTS, VERDICTS_BY_KIND } from '../../model/collections';
import { VERDICTS, verdictCounts, verdictLine } from '../verdicts';

const css = readFileSync(new URL('../../styles/claims.css', import.meta.url), 'utf8');

describe('every verdict reads the same everywhere', () => {
  test('each verdict the rubric allows has one entry, of the kind the rubric gives it', () => {
    const allowed = Object.entries(VERDICTS_BY_KIND).flatMap(([kind, verdicts]) => verdicts.map((id) => `${id}:${kind}`));
    expect(VERDICTS.map((verdict) => `${verdict.id}:${verdict.kind}`).sort()).toEqual(allowed.sort());
  });

  test('solid badges are exactly the verdicts scored against data', () => {
    expect(VERDICTS.filter((verdict) => verdict.scored).map((verdict) => verdict.id).sort()).toEqual([...SCORED_VERDICTS].sort());
  });

  test('no two verdicts share a label or a glyph, so none rests on colour to be told apart', () => {
    const glyphs = VERDICTS.map((verdict) => `${verdict.glyph.stroke ?? ''}|${verdict.glyph.fill ?? ''}`);
    expect(new Set(VERDICTS.map((verdict) => verdict.label)).size).toBe(VERDICTS.length);
    expect(new Set(glyphs).size).toBe(VERDICTS.length);
  });

  test('claims.css gives every verdict a colour, a filter that shows its group and a ring for its chosen filter', () => {
    for (const { id } of VERDICTS) {
      expect(css, id).toMatch(new RegExp(`\\.badge--${id}\\b[^{]*\\{ --verdict: var\\(--verdict-`));
      expect(css, id).toContain(`.tracker:has(#verdict-${id}:target) .tracker__group--${id} { display: block; }`);
      expect(css, id).toContain(`.tracker:has(#verdict-${id}:target) .tracker__filters [data-verdict='${id}']`);
    }
  });
});

test('the line under a verdict is its rule, with the date a forecast is judged at', () => {
  expect(verdictLine({ verdict: 'unverifiable' })).toBe('No public data we could bundle cover the claim as stated.');
  expect(verdictLine({ verdict: 'held', judgedAt: new Date('2026-12-02') })).toBe('Judged at 2 December 2026: the data show what the forecast predicted.');
});

test('verdict counts follow the rubric order and leave out verdicts no claim carries', () => {
  const counts = verdictCounts([{ verdict: 'opinion' }, { verdict: 'supported' }, { verdict: 'opinion' }]);
  expect(counts.map((entry) => [entry.id, entry.count])).toEqual([
    ['supported', 1],
    ['opinion', 2],
  ]);
});
