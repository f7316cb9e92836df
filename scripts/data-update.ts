/**
 * `npm run data:update [id...]`: bring datasets up to date from their publishers (see CONTRIBUTING,
 * "Updating data"). With no id, every dataset whose .yml declares `update.url`. Prints, per dataset, the
 * rows added, revised and kept and the new last date; on any error names the dataset and the problem,
 * writes nothing and exits 1.
 *
 *   npm run data:update                      every dataset with an endpoint
 *   npm run data:update -- us-m2-monthly     one
 *   npm run data:update -- --timeout 60      seconds to wait for each publisher (default 30)
 */
import { readdirSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { UpdateFailed, updatableDatasets, updateDatasets, type UpdateReport } from '../src/catalog/update/update.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { timeout: { type: 'string', default: '30' } } });
const root = process.cwd();
const all = readdirSync('content/data').filter((name) => name.endsWith('.yml')).map((name) => name.slice(0, -4)).sort();

function report(result: UpdateReport): string {
  const lines = [`${result.id}: ${result.added.length} added, ${result.revised.length} revised, ${result.kept.length} kept; ${result.rows} rows, last ${result.lastDate}`];
  if (result.added.length) lines.push(`  added: ${result.added.join(', ')}`);
  for (const revision of result.revised) lines.push(`  revised: ${revision.date} ${revision.column} ${revision.from} -> ${revision.to}`);
  if (result.kept.length) lines.push(`  kept (no longer in the source): ${result.kept.join(', ')}`);
  return lines.join('\n');
}

try {
  const unknown = positionals.filter((id) => !all.includes(id));
  if (unknown.length) throw new Error(`no dataset ${unknown.join(', ')} in content/data/; datasets: ${all.join(', ')}`);
  const ids = positionals.length ? positionals : updatableDatasets(root, all);
  console.log(`updating ${ids.join(', ')} from their publishers`);
  const results = await updateDatasets(root, ids, { timeoutMs: Number(values.timeout) * 1000 });
  console.log(results.map(report).join('\n'));
} catch (error) {
  console.error(error instanceof UpdateFailed ? `${error.message}\n\nNothing was written.` : (error as Error).message);
  process.exit(1);
}
