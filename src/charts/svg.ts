/**
 * Tiny string builders for SVG markup. There is no DOM at build time, so
 * elements are strings; this is the one place that escapes attribute values
 * and rounds coordinates (2 decimals) so the output is deterministic and
 * golden files stay stable.
 */
import { escapeXml } from './escape.ts';
import { ADVANCES, FALLBACK_ADVANCE } from './font-metrics.ts';

export type AttrValue = string | number | boolean | undefined | null;
export type Attrs = Record<string, AttrValue>;

/** Rounds to 2 decimals and drops `-0`. */
export function round(n: number): number {
  const rounded = Math.round(n * 100) / 100;
  return rounded === 0 ? 0 : rounded;
}

function attrs(map: Attrs): string {
  let out = '';
  for (const [name, value] of Object.entries(map)) {
    if (value === undefined || value === null || value === false) continue;
    if (value === true) out += ` ${name}`;
    else out += ` ${name}="${escapeXml(typeof value === 'number' ? String(round(value)) : value)}"`;
  }
  return out;
}

/** An element with escaped attributes; `children` are markup (already escaped). Empty children make a self-closing tag. */
export function el(tag: string, attributes: Attrs = {}, ...children: string[]): string {
  const inner = children.join('');
  return inner === '' ? `<${tag}${attrs(attributes)}/>` : `<${tag}${attrs(attributes)}>${inner}</${tag}>`;
}

/** A `<text>` element whose content is escaped plain text. */
export function text(content: string, attributes: Attrs = {}): string {
  return `<text${attrs(attributes)}>${escapeXml(content)}</text>`;
}

/** A group, or nothing when it would be empty. */
export function group(attributes: Attrs, children: string[]): string {
  return children.length ? el('g', attributes, '\n', children.join('\n'), '\n') : '';
}

/**
 * Width of `content` at `fontSize` in the chart font (Source Sans 3, the face pages load), summed from
 * its advance widths; `bold` measures the semibold that direct labels and titles use. Kerning is left
 * out, so a measure errs a little on the wide side and labels do not collide.
 */
export function textWidth(content: string, fontSize: number, bold = false): number {
  const weight = bold ? 1 : 0;
  let em = 0;
  for (const char of content) em += (ADVANCES[char] ?? FALLBACK_ADVANCE)[weight];
  return em * fontSize;
}

/** Shortens `content` with an ellipsis so it fits `maxWidth`. */
export function truncate(content: string, maxWidth: number, fontSize: number, bold = false): string {
  if (textWidth(content, fontSize, bold) <= maxWidth) return content;
  const chars = [...content];
  while (chars.length > 1 && textWidth(`${chars.join('').trimEnd()}\u2026`, fontSize, bold) > maxWidth) chars.pop();
  return `${chars.join('').trimEnd()}\u2026`;
}

/** Splits `content` into lines no wider than `maxWidth` (words are not broken). */
export function wrap(content: string, maxWidth: number, fontSize: number, bold = false): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of content.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && textWidth(candidate, fontSize, bold) > maxWidth) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}
