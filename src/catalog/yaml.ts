/**
 * YAML parsing that remembers where each value sits, so that a schema error
 * can name the line a contributor must fix rather than only a field path.
 */
import { LineCounter, parseDocument, isNode } from 'yaml';
import type { z } from 'astro/zod';
import { ContentError, show } from '../model/errors.ts';

export type FieldPath = ReadonlyArray<PropertyKey>;

export interface YamlSource {
  data: unknown;
  /** 1-based line of the value at `path` in the file (or of its nearest existing parent). */
  lineOf(path: FieldPath): number | undefined;
}

/**
 * @param firstLine the file line the YAML text starts on (2 for frontmatter after `---`).
 */
export function parseYaml(text: string, file: string, firstLine = 1): YamlSource {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const toFileLine = (offset: number) => lineCounter.linePos(offset).line + firstLine - 1;
  const [first] = doc.errors;
  if (first) {
    const line = toFileLine(first.pos[0]);
    throw new ContentError({ file, line, message: `invalid YAML: ${first.message.split('\n')[0]}` });
  }
  return {
    data: doc.toJS() ?? {},
    lineOf(path) {
      for (let depth = path.length; depth >= 0; depth--) {
        const node = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth) as unknown[], true);
        if (isNode(node) && node.range) return toFileLine(node.range[0]);
      }
      return undefined;
    },
  };
}

/** Render a schema path the way it is written in YAML: `source.url`, `themes[1]`. */
export function formatPath(path: FieldPath): string {
  return path
    .map((key, index) => (typeof key === 'number' ? `[${key}]` : `${index ? '.' : ''}${String(key)}`))
    .join('');
}

function valueAt(data: unknown, path: FieldPath): unknown {
  let value: unknown = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/**
 * Validate parsed YAML against a schema; every issue becomes a ContentError
 * naming file, line, field, the value found and what is accepted.
 */
export function validateYaml<S extends z.ZodType>(
  schema: S,
  source: YamlSource,
  file: string,
): { value: z.output<S> | undefined; errors: ContentError[] } {
  const result = schema.safeParse(source.data);
  if (result.success) return { value: result.data, errors: [] };
  const errors = result.error.issues.map((issue) => {
    const field = formatPath(issue.path);
    const value = valueAt(source.data, issue.path);
    const found = value === undefined ? 'missing' : `got ${show(value)}`;
    const where = field ? `field "${field}"` : 'frontmatter';
    const message =
      issue.code === 'unrecognized_keys'
        ? `${where}: unknown field ${issue.keys.map((key) => `"${key}"`).join(', ')}; remove it or check its spelling`
        : `${where}: ${found}; expected ${describeExpected(issue)}`;
    return new ContentError({ file, line: source.lineOf(issue.path), message });
  });
  return { value: undefined, errors };
}

/** Zod's messages say "Invalid input: expected string..."; keep only what is accepted. */
function describeExpected(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.expected === 'date' ? 'a date written YYYY-MM-DD' : `${/^[aeiou]/.test(issue.expected) ? 'an' : 'a'} ${issue.expected}`;
    case 'invalid_value':
      return `one of ${issue.values.map((value) => JSON.stringify(value)).join(', ')}`;
    default:
      return issue.message.replace(/^Invalid input:\s*/i, '').replace(/^expected\s+/i, '');
  }
}
