/** Reader-facing words for claim verdicts and kinds, in the order the claims page lists them. */
import type { ClaimData } from './schemas';

export const VERDICTS: ReadonlyArray<{ id: ClaimData['verdict']; label: string; meaning: string }> = [
  { id: 'supported', label: 'Supported', meaning: 'The bundled data agrees with the claim.' },
  { id: 'mixed', label: 'Mixed', meaning: 'Part of the claim holds, part does not, or the sources disagree.' },
  { id: 'contradicted', label: 'Contradicted', meaning: 'The bundled data points the other way.' },
  { id: 'unverifiable', label: 'Unverifiable', meaning: 'No public data we could bundle settles it; we say which data would.' },
  { id: 'opinion', label: 'Opinion', meaning: 'A judgement or a forecast, reported, not scored.' },
];

export function verdictLabel(verdict: ClaimData['verdict']): string {
  return VERDICTS.find((entry) => entry.id === verdict)?.label ?? verdict;
}

export const KIND_LABEL: Record<ClaimData['kind'], string> = {
  fact: 'Statement of fact',
  forecast: 'Forecast',
  opinion: 'Opinion',
};
