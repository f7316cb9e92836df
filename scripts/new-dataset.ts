/**
 * `npm run new:dataset -- path/to/file.csv`: copies the CSV unchanged into
 * content/data/, infers its column types, and writes the `.yml` with the
 * provenance fields to fill in. The build refuses the dataset until they are.
 */
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { datasetTemplate, slugify } from '../src/catalog/scaffold.ts';

const source = process.argv[2];
if (!source || !source.endsWith('.csv') || !existsSync(source)) {
  console.error('Usage: npm run new:dataset -- path/to/file.csv');
  process.exit(1);
}
const id = slugify(basename(source, '.csv'));
const csv = `content/data/${id}.csv`;
const yml = `content/data/${id}.yml`;
if (existsSync(yml)) {
  console.error(`${yml} already exists; edit it, or rename the CSV.`);
  process.exit(1);
}
if (source !== csv) copyFileSync(source, csv);
writeFileSync(yml, datasetTemplate(readFileSync(csv, 'utf8')));
console.log(`Wrote ${csv} (unchanged) and ${yml}.
Next: fill in title, description, source (publisher, url, retrieved), licence and notes in ${yml},
check the inferred column types and add units, then run \`npm run check:content\`.`);
