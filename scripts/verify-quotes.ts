/**
 * `npm run verify:quotes -- path/to/interview.txt`: checks that every French
 * original on the site (claims' `original`, and `<Quote original="...">` in
 * articles and pages) occurs verbatim in the source text, whitespace aside.
 *
 * The interview is copyrighted and is not part of the repository, so neither
 * the build nor `npm test` can run this: a maintainer who holds the text runs
 * it before merging a change that adds or edits a quote.
 */
import { readFileSync } from 'node:fs';
import { loadContent } from '../src/catalog/load.ts';

const sourcePath = process.argv[2];
if (!sourcePath) {
  console.error('Usage: npm run verify:quotes -- path/to/interview.txt');
  process.exit(1);
}
const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();
const source = normalise(readFileSync(sourcePath, 'utf8'));

const quotes: Array<{ where: string; original: string }> = [];
const { model } = loadContent(process.cwd());
for (const claim of model.claims.values()) quotes.push({ where: claim.file, original: claim.data.original });
for (const page of [...model.articles.values(), ...model.pages.values()]) {
  for (const use of page.scan.components.filter((component) => component.name === 'Quote')) {
    quotes.push({ where: `${page.file}:${use.line}`, original: String(use.props.original) });
  }
}

const missing = quotes.filter(({ original }) => !source.includes(normalise(original)));
for (const { where, original } of missing) console.error(`${where}: not found verbatim in the source: «${original}»`);
console.log(`${quotes.length - missing.length} of ${quotes.length} French originals found verbatim.`);
process.exit(missing.length ? 1 : 0);
