/**
 * The verdicts on the claims an article discusses, counted for the strip under its standfirst
 * ("9 claims checked: 1 Supported · 2 Mixed · …"), in the order the claims page lists verdicts.
 */
import type { ClaimData } from '../model/collections.ts';
import { getIndex } from './content-index.ts';
import { VERDICTS, type VerdictInfo } from './verdicts.ts';

export interface VerdictCount {
  verdict: VerdictInfo;
  count: number;
}

/** How many of the claims carry each verdict; verdicts none carries are left out. */
export function countVerdicts(verdicts: readonly ClaimData['verdict'][]): VerdictCount[] {
  return VERDICTS.map((verdict) => ({ verdict, count: verdicts.filter((id) => id === verdict.id).length })).filter(({ count }) => count > 0);
}

/** The verdicts of the distinct claims an article shows with `<Claim id="…">`, counted. */
export function articleVerdicts(articleId: string): { claims: number; counts: VerdictCount[] } {
  const { articles, model } = getIndex();
  const article = articles.find((entry) => entry.id === articleId);
  const ids = new Set(article?.scan.components.filter((use) => use.name === 'Claim').map((use) => String(use.props.id)));
  const verdicts = [...ids].map((id) => model.claims.get(id)?.data.verdict).filter((verdict) => verdict !== undefined);
  return { claims: verdicts.length, counts: countVerdicts(verdicts) };
}
