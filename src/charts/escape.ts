/**
 * XML escaping for every piece of text that reaches an SVG string.
 *
 * Charts are built as strings (no DOM), so dataset text (a CSV cell such as
 * `<script>alert(1)</script>`), titles and labels must be escaped here, both
 * in text content and in attribute values.
 */

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes `& < > " '`; safe for text nodes and double- or single-quoted attributes. */
export function escapeXml(text: string): string {
  // Drop control characters that are not allowed in XML 1.0 at all.
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '').replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}
