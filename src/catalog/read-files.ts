/**
 * Listing and reading the files of one content collection. Ids come from file
 * names (unique by construction), so the checks below keep them well-formed
 * and make sure no misnamed file is silently left out.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, parse, relative } from 'node:path';
import { ContentError } from '../model/errors.ts';
import { slug } from '../model/collections.ts';

export interface ContentFile {
  id: string;
  /** Absolute path. */
  path: string;
  /** Path relative to the project root, for messages. */
  file: string;
  text: string;
}

/**
 * @param extensions accepted extensions, with the dot; other files in the folder are reported,
 *   since a misnamed file (`.yaml` for `.yml`, `.md` for `.mdx`) would otherwise vanish silently.
 */
export function readCollection(
  root: string,
  folder: string,
  extensions: readonly string[],
  errors: ContentError[],
  companions: readonly string[] = [],
): ContentFile[] {
  const dir = join(root, folder);
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch {
    return [];
  }
  const files: ContentFile[] = [];
  for (const name of names) {
    const { name: id, ext } = parse(name);
    if (name.startsWith('.') || companions.includes(ext)) continue;
    const file = relative(root, join(dir, name)).split('\\').join('/');
    if (!extensions.includes(ext)) {
      errors.push(new ContentError({ file, code: 'unexpected-file', message: `unexpected file in ${folder}/; expected ${extensions.join(' or ')} files` }));
      continue;
    }
    if (!slug.safeParse(id).success) {
      errors.push(new ContentError({ file, code: 'file-name', message: `file name "${id}" is not a valid id; expected lower-case letters, digits and single hyphens, e.g. "global-m2"` }));
      continue;
    }
    files.push({ id, path: join(dir, name), file, text: readFileSync(join(dir, name), 'utf8') });
  }
  return files;
}

/** Split `---`-fenced frontmatter from an MDX file, keeping the line the body starts on. */
export function splitFrontmatter(text: string, file: string): { yaml: string; body: string; bodyLine: number } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
  if (!match) {
    throw new ContentError({ file, line: 1, code: 'frontmatter-missing', message: 'missing frontmatter; the file must start with a "---" line, the YAML fields, then another "---" line' });
  }
  const bodyLine = match[0].split('\n').length - (match[0].endsWith('\n') ? 1 : 0) + 1;
  return { yaml: match[1]!, body: text.slice(match[0].length), bodyLine };
}
