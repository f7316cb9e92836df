/**
 * The claims an article shows with `<Claim id="…">`, each once and in page order, with their
 * verdicts: what the strip under its standfirst counts ("9 claims checked").
 */
import { getIndex } from './content-index.ts';
import type { Verdict } from './verdicts.ts';

export function articleClaims(articleId: string): Array<{ id: string; verdict: Verdict }> {
  const { articles, model } = getIndex();
  const article = articles.find((entry) => entry.id === articleId);
  const ids = new Set(article?.scan.components.filter((use) => use.name === 'Claim').map((use) => String(use.props.id)));
  return [...ids].flatMap((id) => {
    const claim = model.claims.get(id);
    return claim ? [{ id, verdict: claim.data.verdict }] : [];
  });
}
