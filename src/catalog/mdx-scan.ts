/**
 * Reads an article's MDX body without running it: which components it uses
 * with which (literal) props, which links it makes, and anything unsafe.
 * Content arrives through pull requests from strangers, and MDX can run
 * arbitrary code at build time, so only literal props and the site's own
 * components are accepted.
 */
import type { Expression, Node as EstreeNode } from 'estree';
import type { Root } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import { unified } from 'unified';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { ContentError } from '../model/errors.ts';
import type { MessageCode } from '../model/messages.ts';

export interface ComponentUse {
  name: string;
  props: Record<string, unknown>;
  /** Text content, for components whose children matter (Quote). */
  text: string;
  line: number;
  /** Props written as code, already reported: the schema check leaves them out rather than call them missing. */
  unreadable: string[];
}

export interface LinkUse {
  url: string;
  line: number;
}

export interface MdxScan {
  components: ComponentUse[];
  links: LinkUse[];
  /** Heading texts with their lines, to foresee the ids the renderer gives them. */
  headings: Array<{ text: string; line: number }>;
  /** Unsafe or malformed MDX, with the file line of each problem. */
  errors: ContentError[];
  /** The body could not be parsed: what it uses is unknown, not empty. */
  unreadable?: true;
}

const processor = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);

type Fail = (line: number, code: MessageCode, message: string) => void;

/** A line:column in the body, as the parser counts, moved to the file's line numbers. */
const inFile = (firstLine: number, line: number, column: number) => `${firstLine + line - 1}:${column}`;

interface ParseError {
  reason?: string;
  message: string;
  ruleId?: string;
  line?: number;
  column?: number;
  place?: { line?: number; column?: number; start?: { line: number; column: number } };
}

/** Where the parser stopped: its own position, else the first "(line:column" its reason gives. */
function errorPosition(error: ParseError): { line: number; column: number } {
  const point = error.place?.start ?? error.place;
  if (point?.line) return { line: point.line, column: point.column ?? 1 };
  const [, line = '1', column = '1'] = /\((\d+):(\d+)/.exec(error.reason ?? '') ?? [];
  return { line: Number(line), column: Number(column) };
}

/**
 * The parser's message in words a contributor can act on, for the mistakes people make; otherwise
 * its own words, with every position in them counted in the file's lines.
 */
function syntaxAdvice(error: ParseError, firstLine: number): string {
  const reason = (error.reason ?? error.message).split('\n')[0]!;
  const digit = /^Unexpected character `(\d)` \(U\+[0-9A-F]+\) before name/.exec(reason);
  if (digit) return `"<" followed by "${digit[1]}" starts a tag in MDX; write "less than", or &lt;${digit[1]}`;
  if (reason.includes('to create a comment in MDX')) return 'HTML comments (<!-- -->) are not allowed in MDX; delete the comment (a note for editors belongs in the pull request)';
  const unclosed = /^Expected a closing tag for `<([A-Za-z][\w.]*)>`/.exec(reason);
  if (unclosed?.[1] && /^[a-z]/.test(unclosed[1])) {
    return `<${unclosed[1]}> is raw HTML, which content may not use${unclosed[1] === 'br' ? '; for a new line, end the paragraph with a blank line' : ''}`;
  }
  if (unclosed) return `<${unclosed[1]} ...> is not closed; end it with "/>", as in <${unclosed[1]} ... />`;
  return reason.replace(/\((\d+):(\d+)-(\d+):(\d+)\)/g, (_, l1, c1, l2, c2) => `(${inFile(firstLine, +l1, +c1)}-${inFile(firstLine, +l2, +c2)})`);
}

/** A JSX attribute's value as a literal, or why it is not allowed. */
function propValue(name: string, attribute: MdxJsxAttribute, line: number, fail: Fail): { value: unknown } | undefined {
  const key = attribute.name;
  if (/^on/i.test(key)) {
    fail(line, 'mdx-unsafe', `<${name}>: event-handler attribute "${key}" is not allowed in content`);
    return undefined;
  }
  const raw = attribute.value;
  let value: unknown;
  if (raw === null || raw === undefined) value = true;
  else if (typeof raw === 'string') value = raw;
  else {
    const statement = raw.data?.estree?.body[0];
    const expression = statement?.type === 'ExpressionStatement' ? statement.expression : undefined;
    value = expression ? evaluateLiteral(expression) : NOT_LITERAL;
    if (value === NOT_LITERAL) {
      fail(line, 'mdx-unsafe', `<${name}>: prop "${key}" must be a literal value (text, number, true/false, or arrays and objects of those); got {${raw.value}}`);
      return undefined;
    }
  }
  if (typeof value === 'string' && /^\s*javascript:/i.test(value)) {
    fail(line, 'mdx-unsafe', `<${name}>: javascript: URLs are not allowed in "${key}"`);
  }
  return { value };
}

/** A JSX element: a component's use with its literal props, or raw HTML, which content may not use. */
function scanElement(node: MdxJsxFlowElement | MdxJsxTextElement, line: number, scan: MdxScan, fail: Fail): void {
  const name = node.name ?? '';
  const props: Record<string, unknown> = {};
  const unreadable: string[] = [];
  for (const attribute of node.attributes) {
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      fail(line, 'mdx-unsafe', `<${name}>: spread attributes {${attribute.value}} are not allowed; write each prop`);
      continue;
    }
    const parsed = propValue(name, attribute, line, fail);
    if (parsed) props[attribute.name] = parsed.value;
    else unreadable.push(attribute.name);
  }
  if (/^[A-Z]/.test(name)) {
    scan.components.push({ name, props, text: toString(node), line, unreadable });
    return;
  }
  const advice = name === 'br' ? '; for a new line, end the paragraph with a blank line' : '; use Markdown or the components the site provides';
  fail(line, 'mdx-raw-html', `<${name}${node.children.length ? '' : ' /'}> is raw HTML, which content may not use${advice}`);
  if (name === 'a' && typeof props.href === 'string') scan.links.push({ url: props.href, line });
}

/**
 * Scan one MDX body (parsed once; the catalog keeps the result for the build).
 * @param body the MDX after its frontmatter
 * @param firstLine the file line `body` starts on, so messages point into the file
 */
export function scanMdx(body: string, file: string, firstLine = 1): MdxScan {
  const scan: MdxScan = { components: [], links: [], headings: [], errors: [] };
  const fail: Fail = (line, code, message) => scan.errors.push(new ContentError({ file, line, code, message }));
  let tree: Root;
  try {
    tree = processor.parse(body);
  } catch (error) {
    const { line, column } = errorPosition(error as ParseError);
    fail(firstLine + line - 1, 'mdx-syntax', `MDX syntax error at column ${column}: ${syntaxAdvice(error as ParseError, firstLine)}`);
    return { ...scan, unreadable: true };
  }
  visit(tree, (node) => {
    const line = firstLine + (node.position?.start.line ?? 1) - 1;
    switch (node.type) {
      case 'mdxjsEsm':
        fail(line, 'mdx-import', 'import/export statements are not allowed in content; use the components the site provides (Chart, Claim, Quote, DataGap, Correlation) without importing them');
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        // An empty program is a comment, {/* ... */}: harmless.
        if ((node.data?.estree?.body.length ?? 0) > 0) {
          fail(line, 'mdx-expression', `JavaScript expressions are not allowed in content: {${node.value}}; write the text, or \\{ for a literal brace`);
        }
        break;
      case 'heading':
        scan.headings.push({ text: toString(node), line });
        break;
      case 'link':
      case 'definition':
        scan.links.push({ url: node.url, line });
        if (/^\s*javascript:/i.test(node.url)) fail(line, 'mdx-unsafe', `javascript: URLs are not allowed: ${node.url}`);
        break;
      case 'html':
        fail(line, 'mdx-raw-html', 'raw HTML is not allowed in content; use Markdown or the components the site provides');
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        scanElement(node, line, scan, fail);
        break;
    }
  });
  return scan;
}

const NOT_LITERAL = Symbol('not a literal');

/** Evaluate an expression made only of literals, arrays and plain objects. Anything else is refused. */
function evaluateLiteral(node: EstreeNode): unknown {
  switch (node.type) {
    case 'Literal':
      return 'regex' in node || 'bigint' in node ? NOT_LITERAL : node.value;
    case 'TemplateLiteral':
      return node.expressions.length === 0 ? node.quasis.map((quasi) => quasi.value.cooked).join('') : NOT_LITERAL;
    case 'UnaryExpression': {
      const argument = evaluateLiteral(node.argument);
      return node.operator === '-' && typeof argument === 'number' ? -argument : NOT_LITERAL;
    }
    case 'ArrayExpression': {
      const items = node.elements.map((element) => (element && element.type !== 'SpreadElement' ? evaluateLiteral(element) : NOT_LITERAL));
      return items.includes(NOT_LITERAL) ? NOT_LITERAL : items;
    }
    case 'ObjectExpression': {
      const result: Record<string, unknown> = {};
      for (const property of node.properties) {
        if (property.type !== 'Property' || property.computed || property.kind !== 'init' || property.method) return NOT_LITERAL;
        const key = property.key.type === 'Identifier' ? property.key.name : property.key.type === 'Literal' ? String(property.key.value) : undefined;
        const value = evaluateLiteral(property.value as Expression);
        if (key === undefined || value === NOT_LITERAL) return NOT_LITERAL;
        result[key] = value;
      }
      return result;
    }
    default:
      return NOT_LITERAL;
  }
}
