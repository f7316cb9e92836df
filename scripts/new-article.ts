/**
 * `npm run new:article -- "Title"`: writes content/articles/<slug>.mdx with
 * valid frontmatter (as a draft) and says what to do next.
 */
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { articleTemplate, slugify } from '../src/catalog/scaffold.ts';

const title = process.argv.slice(2).join(' ').trim();
if (!title) {
  console.error('Usage: npm run new:article -- "The title of the article"');
  process.exit(1);
}
const slug = slugify(title);
const file = `content/articles/${slug}.mdx`;
if (existsSync(file)) {
  console.error(`${file} already exists; choose another title or edit that file.`);
  process.exit(1);
}
const themes = readdirSync('content/themes')
  .filter((name) => name.endsWith('.yml'))
  .map((name) => name.slice(0, -4))
  .sort();
writeFileSync(file, articleTemplate(title, new Date(), themes));
console.log(`Wrote ${file} (a draft: it shows in \`npm run dev\`, not in the built site).
Next: write the description, pick its themes, write the text, then remove \`draft: true\`.
Check it with \`npm run check:content\`.`);
