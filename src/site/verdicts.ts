/**
 * Reader-facing words and marks for claim verdicts, kinds and speakers, in the order the claims page
 * lists them. The decision rule of each verdict is written once, in the rubric on the about page
 * (content/pages/about.mdx); `rule` is the one-line reading of it that sits under a verdict, and the
 * schema enforces what of it a machine can check. Every place a verdict appears draws it with
 * VerdictBadge from this table, so its label, glyph and fill mean the same thing everywhere.
 */
import { SCORED_VERDICTS, type ClaimData } from '../model/collections.ts';
import { readableDate } from '../model/dates.ts';

export type Verdict = ClaimData['verdict'];

/**
 * A verdict's glyph, drawn in a 16 x 16 box in the text colour: `stroke` paths are lines 2 units
 * wide, `fill` paths are solid. Glyphs carry the meaning colour alone must not (WCAG 1.4.1); forecasts
 * wear a ring, so a held forecast never reads as a supported fact.
 */
export interface Glyph {
  name: string;
  stroke?: string;
  fill?: string;
}

export interface VerdictInfo {
  id: Verdict;
  label: string;
  kind: ClaimData['kind'];
  /** Scored against the bundled data (a solid badge), or reported without a score (an outlined one). */
  scored: boolean;
  glyph: Glyph;
  /** The rubric's rule in one line, as it reads under the verdict. */
  rule: string;
}

const RING = 'M8 1.5a6.5 6.5 0 1 1 0 13a6.5 6.5 0 1 1 0-13z';
const GLYPHS = {
  check: { name: 'check', stroke: 'M2.5 8.6l3.6 3.6L13.5 4.5' },
  cross: { name: 'cross', stroke: 'M3.5 3.5l9 9M12.5 3.5l-9 9' },
  half: { name: 'half circle', stroke: RING, fill: 'M8 1.5a6.5 6.5 0 0 0 0 13z' },
  question: {
    name: 'question mark',
    stroke: 'M4.9 5.4a3.1 3.1 0 1 1 4.6 2.7C8.6 8.6 8 9.2 8 10.3v.5',
    fill: 'M8 12.3a1.25 1.25 0 1 1 0 2.5a1.25 1.25 0 1 1 0-2.5z',
  },
  quotes: {
    name: 'quotation marks',
    fill: 'M1.5 9.5C1.5 6 3.2 3.8 6.6 3l.5 1.2C5.5 4.9 4.7 6 4.6 7.4H7V13H1.5zM9 9.5C9 6 10.7 3.8 14.1 3l.5 1.2c-1.6.7-2.4 1.8-2.5 3.2h2.4V13H9z',
  },
  ringCheck: { name: 'check in a ring', stroke: `${RING}M5.1 8.3l2 2l3.8-4` },
  ringCross: { name: 'cross in a ring', stroke: `${RING}M5.6 5.6l4.8 4.8M10.4 5.6l-4.8 4.8` },
  ringClock: { name: 'clock', stroke: `${RING}M8 4.5V8l2.4 1.6` },
} satisfies Record<string, Glyph>;

const verdict = (id: Verdict, label: string, kind: ClaimData['kind'], glyph: Glyph, rule: string): VerdictInfo => ({
  id,
  label,
  kind,
  scored: SCORED_VERDICTS.has(id),
  glyph,
  rule,
});

export const VERDICTS: ReadonlyArray<VerdictInfo> = [
  verdict('supported', 'Supported', 'fact', GLYPHS.check, 'The bundled data agree with the claim as stated.'),
  verdict('mixed', 'Mixed', 'fact', GLYPHS.half, 'The bundled data support part of the claim and contradict part, or fitting sources disagree.'),
  verdict('contradicted', 'Contradicted', 'fact', GLYPHS.cross, 'The bundled data, for the population and period named, point the other way.'),
  verdict('unverifiable', 'Unverifiable', 'fact', GLYPHS.question, 'No public data we could bundle cover the claim as stated.'),
  verdict('held', 'Held', 'forecast', GLYPHS.ringCheck, 'The data show what the forecast predicted.'),
  verdict('failed', 'Failed', 'forecast', GLYPHS.ringCross, 'The horizon has passed or the condition has occurred, and the data show the outcome did not happen.'),
  verdict('open', 'Open', 'forecast', GLYPHS.ringClock, 'The horizon has not passed, the condition has not occurred, or public data we could bundle cannot judge it yet.'),
  verdict('opinion', 'Opinion', 'opinion', GLYPHS.quotes, 'A judgement, reported with context and not scored.'),
];

export function verdictInfo(id: Verdict): VerdictInfo {
  const info = VERDICTS.find((entry) => entry.id === id);
  if (!info) throw new Error(`unknown verdict "${id}"`);
  return info;
}

export function verdictLabel(id: Verdict): string {
  return verdictInfo(id).label;
}

/** The one line under a claim's verdict: the rubric's rule, with the date a forecast is judged at. */
export function verdictLine(claim: Pick<ClaimData, 'verdict' | 'judgedAt'>): string {
  const { rule } = verdictInfo(claim.verdict);
  return claim.judgedAt ? `Judged at ${readableDate(claim.judgedAt)}: ${rule.charAt(0).toLowerCase()}${rule.slice(1)}` : rule;
}

/** How many claims carry each verdict, in the table's order, leaving out verdicts no claim carries. */
export function verdictCounts(claims: ReadonlyArray<{ verdict: Verdict }>): Array<VerdictInfo & { count: number }> {
  return VERDICTS.map((info) => ({ ...info, count: claims.filter((claim) => claim.verdict === info.id).length })).filter((entry) => entry.count > 0);
}

export const KIND_LABEL: Record<ClaimData['kind'], string> = {
  fact: 'Statement of fact',
  forecast: 'Forecast',
  opinion: 'Opinion',
};

/** Who said the words, as a reader reads it. */
export const SPEAKER_LABEL: Record<ClaimData['speaker'], string> = {
  wang: 'Qiao Wang',
  'wang-in-introduction': "Qiao Wang, as quoted in BlockBeats' introduction",
  interviewer: "BlockBeats' interviewer",
  'interviewer-with-wang': "BlockBeats' interviewer, with Wang's agreement",
  introduction: "BlockBeats' introduction",
  'french-edition': 'The French edition (TechFlow)',
};
