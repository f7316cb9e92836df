/** "Cite this page" in the two formats readers ask for most: APA (7th edition) and BibTeX. */

export interface Citable {
  title: string;
  url: string;
  published: Date;
  /** The date the reader looked at it; APA asks for it for pages that change. */
  accessed: Date;
  siteName: string;
  /** A stable BibTeX key, e.g. the slug. */
  key: string;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const BIB_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

const day = (date: Date) => `${MONTHS[date.getUTCMonth()]} ${date.getUTCDate()}, ${date.getUTCFullYear()}`;

export function apa({ title, url, published, accessed, siteName }: Citable): string {
  const date = `${published.getUTCFullYear()}, ${MONTHS[published.getUTCMonth()]} ${published.getUTCDate()}`;
  return `${siteName}. (${date}). ${title}. ${siteName}. Retrieved ${day(accessed)}, from ${url}`;
}

/** BibTeX with braces escaped and the organisation kept as one name. */
export function bibtex({ title, url, published, accessed, siteName, key }: Citable): string {
  const escape = (text: string) => text.replace(/([{}%&$#_])/g, '\\$1');
  return [
    `@online{${key},`,
    `  author = {{${escape(siteName)}}},`,
    `  title = {${escape(title)}},`,
    `  year = {${published.getUTCFullYear()}},`,
    `  month = ${BIB_MONTHS[published.getUTCMonth()]},`,
    `  url = {${url}},`,
    `  urldate = {${accessed.toISOString().slice(0, 10)}},`,
    '}',
  ].join('\n');
}
