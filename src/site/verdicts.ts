/**
 * Reader-facing words for claim verdicts, kinds and speakers, in the order the claims page lists
 * them. The decision rule of each verdict is written once, in the rubric on the about page
 * (content/pages/about.mdx); the schema enforces what of it a machine can check.
 */
import type { ClaimData } from '../model/collections.ts';

export interface VerdictInfo {
  id: ClaimData['verdict'];
  label: string;
  kind: ClaimData['kind'];
}

export const VERDICTS: ReadonlyArray<VerdictInfo> = [
  { id: 'supported', label: 'Supported', kind: 'fact' },
  { id: 'mixed', label: 'Mixed', kind: 'fact' },
  { id: 'contradicted', label: 'Contradicted', kind: 'fact' },
  { id: 'unverifiable', label: 'Unverifiable', kind: 'fact' },
  { id: 'held', label: 'Held', kind: 'forecast' },
  { id: 'failed', label: 'Failed', kind: 'forecast' },
  { id: 'open', label: 'Open', kind: 'forecast' },
  { id: 'opinion', label: 'Opinion', kind: 'opinion' },
];

export function verdictLabel(verdict: ClaimData['verdict']): string {
  return VERDICTS.find((entry) => entry.id === verdict)?.label ?? verdict;
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
