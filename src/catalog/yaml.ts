/**
 * YAML parsing that remembers where each value sits, so that a schema error
 * can name the line a contributor must fix rather than only a field path.
 */
import { LineCounter, parseDocument, isNode } from 'yaml';
import type { z } from 'astro/zod';
import { ContentError, listOf, oneOf, show } from '../model/errors.ts';
import type { MessageCode } from '../model/messages.ts';

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
    throw new ContentError({ file, line, code: 'yaml-syntax', message: `invalid YAML: ${first.message.split('\n')[0]}` });
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
export interface KnownIds {
  /** Theme ids, listed when a `themes` entry is not even shaped like an id ("money supply"). */
  themes?: readonly string[];
}

/** Which catalogue entry an issue belongs to. */
function codeOf(issue: z.core.$ZodIssue): MessageCode {
  if (issue.code === 'unrecognized_keys') return 'unknown-field';
  const code = issue.code === 'custom' ? (issue.params as { code?: MessageCode } | undefined)?.code : undefined;
  if (code) return code;
  return issue.path.at(-1) === 'url' ? 'source-url' : 'field';
}

/**
 * Validate parsed YAML against a schema; every issue becomes a ContentError
 * naming file, line, field, the value found and what is accepted.
 */
export function validateYaml<S extends z.ZodType>(
  schema: S,
  source: YamlSource,
  file: string,
  known: KnownIds = {},
): { value: z.output<S> | undefined; errors: ContentError[] } {
  const result = schema.safeParse(source.data);
  if (result.success) return { value: result.data, errors: [] };
  const errors = result.error.issues.map((issue) => {
    const field = formatPath(issue.path);
    const value = valueAt(source.data, issue.path);
    // A text that is too long says by how much, so the contributor knows what to cut.
    const length = issue.code === 'too_big' && typeof value === 'string' ? ` (${value.length} characters)` : '';
    const found = value === undefined ? 'missing' : `got ${show(value)}${length}`;
    const where = field ? `field "${field}"` : 'frontmatter';
    const line = source.lineOf(issue.path);
    if (issue.code === 'unrecognized_keys') {
      const message = `${where}: unknown field ${issue.keys.map((key) => `"${key}"`).join(', ')}; remove it or check its spelling`;
      return new ContentError({ file, line, code: codeOf(issue), message });
    }
    if (issue.path[0] === 'themes' && issue.path.length === 2 && known.themes) {
      const message = `${where}: ${found}; expected one of ${oneOf(known.themes)} (files in content/themes/)`;
      return new ContentError({ file, line, code: 'unknown-reference', message });
    }
    return new ContentError({ file, line, code: codeOf(issue), message: `${where}: ${found}; expected ${describeExpected(issue)}` });
  });
  return { value: undefined, errors };
}

/** Zod's messages say "Invalid input: expected string..."; keep only what is accepted. */
export function describeExpected(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.expected === 'date' ? 'a date written YYYY-MM-DD' : `${/^[aeiou]/.test(issue.expected) ? 'an' : 'a'} ${issue.expected}`;
    case 'invalid_value':
      return `one of ${oneOf(issue.values.map(String))}`;
    case 'invalid_union':
      // One branch per accepted shape: "a string or an array".
      return listOf([...new Set(issue.errors.map((branch) => (branch[0] ? describeExpected(branch[0]) : 'something else')))]);
    default:
      return issue.message.replace(/^Invalid input:\s*/i, '').replace(/^expected\s+/i, '');
  }
}
