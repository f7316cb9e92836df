/**
 * Reads an article's MDX body without running it: which components it uses
 * with which (literal) props, which links it makes, and anything unsafe.
 * Content arrives through pull requests from strangers, and MDX can run
 * arbitrary code at build time, so only literal props and the site's own
 * components are accepted.
 */
import type { Expression, Node as EstreeNode } from 'estree';
import type { Root } from 'mdast';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import { unified } from 'unified';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { ContentError } from '../model/errors.ts';

export interface ComponentUse {
  name: string;
  props: Record<string, unknown>;
  /** Text content, for components whose children matter (Quote). */
  text: string;
  line: number;
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
}

const FORBIDDEN_ELEMENTS = new Set(['script', 'iframe', 'style', 'object', 'embed', 'form', 'link', 'meta', 'base']);

const processor = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);

/**
 * Scan one MDX body (parsed once; the catalog keeps the result for the build).
 * @param body the MDX after its frontmatter
 * @param firstLine the file line `body` starts on, so messages point into the file
 */
export function scanMdx(body: string, file: string, firstLine = 1): MdxScan {
  const scan: MdxScan = { components: [], links: [], headings: [], errors: [] };
  const fail = (line: number, message: string) => scan.errors.push(new ContentError({ file, line, message }));
  let tree: Root;
  try {
    tree = processor.parse(body);
  } catch (error) {
    const place = (error as { line?: number }).line;
    fail(firstLine + (place ?? 1) - 1, `MDX syntax error: ${(error as Error).message.split('\n')[0]}`);
    return scan;
  }

  visit(tree, (node) => {
    const line = firstLine + (node.position?.start.line ?? 1) - 1;
    switch (node.type) {
      case 'mdxjsEsm':
        fail(line, 'import/export statements are not allowed in content; use the components the site provides (Chart, Claim, Quote, DataGap, Correlation) without importing them');
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression': {
        const program = node.data?.estree;
        if (program && program.body.length > 0) {
          fail(line, `JavaScript expressions are not allowed in content: {${node.value}}; write the text or use a component prop`);
        }
        break;
      }
      case 'heading':
        scan.headings.push({ text: toString(node), line });
        break;
      case 'link':
      case 'definition':
        scan.links.push({ url: node.url, line });
        if (/^\s*javascript:/i.test(node.url)) fail(line, `javascript: URLs are not allowed: ${node.url}`);
        break;
      case 'html':
        fail(line, 'raw HTML is not allowed in content; use Markdown or the provided components');
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const name = node.name ?? '';
        const props: Record<string, unknown> = {};
        for (const attribute of node.attributes) {
          if (attribute.type === 'mdxJsxExpressionAttribute') {
            fail(line, `<${name}>: spread attributes {${attribute.value}} are not allowed; write each prop`);
            continue;
          }
          const key = attribute.name;
          if (/^on/i.test(key)) {
            fail(line, `<${name}>: event-handler attribute "${key}" is not allowed in content`);
            continue;
          }
          const value = attribute.value;
          if (value === null || value === undefined) {
            props[key] = true;
          } else if (typeof value === 'string') {
            props[key] = value;
          } else {
            const statement = value.data?.estree?.body[0];
            const expression = statement?.type === 'ExpressionStatement' ? statement.expression : undefined;
            const literal = expression ? evaluateLiteral(expression) : NOT_LITERAL;
            if (literal === NOT_LITERAL) {
              fail(line, `<${name}>: prop "${key}" must be a literal value (text, number, true/false, or arrays and objects of those); got {${value.value}}`);
              continue;
            }
            props[key] = literal;
          }
          if (typeof props[key] === 'string' && /^\s*javascript:/i.test(props[key] as string)) {
            fail(line, `<${name}>: javascript: URLs are not allowed in "${key}"`);
          }
        }
        if (/^[a-z]/.test(name) && FORBIDDEN_ELEMENTS.has(name.toLowerCase())) {
          fail(line, `<${name}> is not allowed in content`);
        } else if (/^[A-Z]/.test(name)) {
          scan.components.push({ name, props, text: toString(node), line });
        }
        if (name === 'a' && typeof props.href === 'string') scan.links.push({ url: props.href, line });
        break;
      }
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
