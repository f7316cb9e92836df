/**
 * A tiny but complete content tree written to a temporary folder, so each test
 * can break exactly one thing and read the message a contributor would see.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach } from 'vitest';

export const VALID: Record<string, string> = {
  'content/themes/money-supply.yml': 'title: Money supply\ndescription: Crypto and liquidity.\norder: 1\n',
  'content/sources/interview.yml': [
    'title: Conversation avec qw',
    'kind: interview',
    'publisher: TechFlow',
    'url: https://www.techflowpost.com/fr-FR/article/25352',
    '',
  ].join('\n'),
  'content/data/prices.yml': [
    'title: Prices',
    'description: Monthly prices.',
    'source:',
    '  publisher: Example Data Co',
    '  url: https://data.example.org/prices',
    '  retrieved: 2026-01-15',
    'licence:',
    '  name: CC BY 4.0',
    'columns:',
    '  date:',
    '    type: date',
    '    label: Month',
    '  close_usd:',
    '    type: number',
    '    label: Close',
    '    unit: USD',
    '  note:',
    '    type: string',
    '    label: Note',
    '    optional: true',
    '',
  ].join('\n'),
  'content/data/prices.csv': 'date,close_usd,note\n2024-01-01,10.5,\n2024-02-01,12,after "halving"\n2024-03-01,11.25,\n',
  'content/claims/prices-rise.yml': [
    'quote: Prices rise.',
    'original: Les prix montent.',
    'speaker: wang',
    'source: interview',
    'themes: [money-supply]',
    'kind: fact',
    'verdict: supported',
    'evidence:',
    '  datasets: [prices]',
    '  charts: [money#prices]',
    '  note: They did.',
    '',
  ].join('\n'),
  'content/articles/money.mdx': [
    '---',
    'title: Money',
    'description: A short description.',
    'pubDate: 2026-01-20',
    'themes: [money-supply]',
    '---',
    '',
    'Text with a [link to the data](/data/prices/).',
    '',
    '<Chart id="prices" type="line" dataset="prices" x="date" y="close_usd" title="Prices" />',
    '',
    '<Claim id="prices-rise" />',
    '',
  ].join('\n'),
};

const roots: string[] = [];

afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

/** Write the valid site with `changes` applied (a `null` value deletes the file); returns its root. */
export function fixtureSite(changes: Record<string, string | null> = {}): string {
  const root = mkdtempSync(join(tmpdir(), 'pivot-point-'));
  roots.push(root);
  const files = { ...VALID, ...changes };
  for (const [path, text] of Object.entries(files)) {
    if (text === null) continue;
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

/** Replace one line of a valid file (1-based), keeping the others. */
export function withLine(path: string, line: number, text: string): Record<string, string> {
  const lines = VALID[path]!.split('\n');
  lines[line - 1] = text;
  return { [path]: lines.join('\n') };
}
