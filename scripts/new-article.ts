/**
 * `npm run new:article -- "Title" [--slug the-file-name]`: writes content/articles/<slug>.mdx with the
 * frontmatter to complete (as a draft) and says what to do next. The slug is the file name and the
 * article's address (/articles/<slug>/); it is made from the title unless --slug gives it.
 */
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { articleTemplate, slugify } from '../src/catalog/scaffold.ts';
import { slug as slugSchema } from '../src/model/collections.ts';

const { values, positionals } = parseArgs({ options: { slug: { type: 'string' } }, allowPositionals: true });
const title = positionals.join(' ').trim();
if (!title) {
  console.error('Usage: npm run new:article -- "The title of the article" [--slug a-file-name]');
  process.exit(1);
}
const slug = values.slug ?? slugify(title);
if (!slugSchema.safeParse(slug).success) {
  console.error(`"${slug}" cannot be a file name: use lower-case letters, digits and single hyphens, e.g. --slug bitcoins-subsidy`);
  process.exit(1);
}
const file = `content/articles/${slug}.mdx`;
if (existsSync(file)) {
  console.error(`${file} already exists; choose another title or --slug, or edit that file.`);
  process.exit(1);
}
const themes = readdirSync('content/themes')
  .filter((name) => name.endsWith('.yml'))
  .map((name) => name.slice(0, -4))
  .sort();
writeFileSync(file, articleTemplate(title, new Date(), themes));
console.log(`Wrote ${file}, to be served at /articles/${slug}/ (rename the file to change the address).
Frontmatter to complete: the description (at most 160 characters) and one or more themes.
It is a draft: it shows in \`npm run dev\`, not in the built site, until you remove \`draft: true\`.
Check it with \`npm run check:content\`.`);
