/**
 * `npm run check:content`: the content check on its own, without a build.
 * Prints every problem with file and line, or a one-line summary; exits 1 on problems.
 */
import { buildCatalog } from '../src/catalog/catalog.ts';

const { errors, warnings, model } = buildCatalog(process.cwd());
for (const error of errors) console.error(error.message);
for (const warning of warnings) console.error(`warning: ${warning.message}`);
if (errors.length > 0) {
  console.error(`\n${errors.length} problem${errors.length === 1 ? '' : 's'} in content/.`);
  process.exit(1);
}
const drafts = [...model.articles.values()].filter((article) => article.data.draft).length;
console.log(
  `content ok${warnings.length ? ` (${warnings.length} warning${warnings.length === 1 ? '' : 's'} above)` : ''}: ${model.articles.size} articles${drafts ? ` (${drafts} draft${drafts === 1 ? '' : 's'}, not published)` : ''}, ${model.datasets.size} datasets, ${model.claims.size} claims, ${model.themes.size} themes, ${model.sources.size} sources`,
);
