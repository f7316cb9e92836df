/**
 * The short credit a chart's source line gives a dataset ("Coin Metrics; CoinGecko", "Federal Reserve
 * via FRED"): the `.yml`'s `source.credit`, else the publisher's name up to its first parenthesis.
 * The full publisher, licence and provenance are on the dataset page the credit links to.
 */
import type { DatasetMeta } from '../model/collections.ts';

export function creditOf(meta: Pick<DatasetMeta, 'source'>): string {
  return meta.source.credit ?? meta.source.publisher.split(' (')[0]!.trim();
}
