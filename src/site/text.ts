/** Shorten text to at most `max` characters, cutting at a word boundary and ending with an ellipsis. */
export function shorten(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  return `${flat.slice(0, max - 1).replace(/\s+\S*$/, '')}…`;
}

/** Shorten text to a meta description (<= 160 characters). */
export function metaDescription(text: string): string {
  return shorten(text, 160);
}
