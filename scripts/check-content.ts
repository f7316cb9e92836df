/**
 * `npm run check:content`: the content check on its own, without a build.
 * Prints every problem with file and line, or a one-line summary; exits 1 on problems.
 */
import { buildCatalog } from '../src/catalog/catalog.ts';

const { errors, model } = buildCatalog(process.cwd());
for (const error of errors) console.error(error.message);
if (errors.length > 0) {
  console.error(`\n${errors.length} problem${errors.length === 1 ? '' : 's'} in content/.`);
  process.exit(1);
}
console.log(
  `content ok: ${model.articles.size} articles, ${model.datasets.size} datasets, ${model.claims.size} claims, ${model.themes.size} themes, ${model.sources.size} sources`,
);
