/** "Cite this page" in the two formats readers ask for most: APA (7th edition) and BibTeX. */
import { utcFormat } from 'd3';
import { formatIsoDate } from '../model/dates.ts';

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

/** APA's date forms: "2026, November 26" after the author, "December 1, 2026" for retrieval. */
const apaPublished = utcFormat('%Y, %B %-d');
const apaRetrieved = utcFormat('%B %-d, %Y');
/** BibTeX's month macros: jan ... dec. */
const bibMonth = (date: Date) => utcFormat('%b')(date).toLowerCase();

export function apa({ title, url, published, accessed, siteName }: Citable): string {
  return `${siteName}. (${apaPublished(published)}). ${title}. ${siteName}. Retrieved ${apaRetrieved(accessed)}, from ${url}`;
}

/** BibTeX with braces escaped and the organisation kept as one name. */
export function bibtex({ title, url, published, accessed, siteName, key }: Citable): string {
  const escape = (text: string) => text.replace(/([{}%&$#_])/g, '\\$1');
  return [
    `@online{${key},`,
    `  author = {{${escape(siteName)}}},`,
    `  title = {${escape(title)}},`,
    `  year = {${published.getUTCFullYear()}},`,
    `  month = ${bibMonth(published)},`,
    `  url = {${url}},`,
    `  urldate = {${formatIsoDate(accessed)}},`,
    '}',
  ].join('\n');
}
