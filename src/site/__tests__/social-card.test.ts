import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { cases } from '../../charts/__tests__/cases';
import { tables } from '../../charts/__tests__/fixtures';
import { checkChart, renderInline, textWidth } from '../../charts/index';
import { Resvg } from '@resvg/resvg-js';
import { MARK } from '../../model/brand';
import { brandColours } from '../brand';
import { renderSocialPng, resolvedChartCss, socialCardSvg, socialFontOptions, wrapLines } from '../social-card';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Width and height from the IHDR chunk, which always comes first (bytes 16-23, big-endian). */
function pngSize(png: Uint8Array): { width: number; height: number } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** The text content of every `<text>` element, in order. */
const texts = (svg: string) => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1] ?? '');

const chart = { svg: renderInline(checkChart(cases['line-multi-y']!, tables), { width: 440, height: 400 }) };

describe('renderSocialPng', () => {
  test('makes a 1200 x 630 PNG, with or without a chart', async () => {
    for (const card of [
      { title: 'Pivot Point', description: 'Crypto versus AI, tested against data', siteName: false },
      {
        title: 'Does Bitcoin follow the money supply?',
        kicker: 'Money supply',
        description: 'A test.',
        chart: { svg: chart.svg, caption: 'Bitcoin' },
      },
    ]) {
      const png = await renderSocialPng(socialCardSvg(card));
      expect([...png.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
      expect(String.fromCharCode(...png.subarray(12, 16))).toBe('IHDR');
      expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
    }
  });

  const cache = mkdtempSync(join(tmpdir(), 'pivot-point-cards-'));
  afterAll(() => rmSync(cache, { recursive: true, force: true }));

  test('keeps each card in the cache by its content, and reuses it', async () => {
    const svg = socialCardSvg({ title: 'Cached', chart: { svg: chart.svg } });
    const first = await renderSocialPng(svg, cache);
    const [file] = readdirSync(cache);
    expect(file).toMatch(/^[0-9a-f]{64}\.png$/);
    const written = statSync(join(cache, file!)).mtimeMs;
    expect(await renderSocialPng(svg, cache)).toEqual(first);
    expect(statSync(join(cache, file!)).mtimeMs).toBe(written);
    await renderSocialPng(socialCardSvg({ title: 'Another card' }), cache);
    expect(readdirSync(cache)).toHaveLength(2);
  });
});

describe('the card font', () => {
  test('draws text in Source Sans 3, as wide as the measure that wrapped it', async () => {
    const font = await socialFontOptions();
    for (const [weight, bold] of [[400, false], [600, true]] as const) {
      const line = 'Are crypto founders fleeing to AI? Qiao Wang says 90%';
      const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="100"><text x="0" y="60" font-size="40" font-family="Source Sans 3" font-weight="${weight}">${line}</text></svg>`;
      const drawn = new Resvg(svg, { font }).getBBox()?.width ?? 0;
      // Kerning makes the drawn line a little narrower than the sum of advances, never wider.
      expect(drawn).toBeLessThanOrEqual(textWidth(line, 40, bold) + 0.5);
      expect(drawn).toBeGreaterThan(textWidth(line, 40, bold) * 0.97);
    }
  });
});

describe('socialCardSvg', () => {
  test('carries the brand mark, fall in crypto orange and rise in AI blue', () => {
    for (const card of [{ title: 'Pivot Point', siteName: false }, { title: 'An article', chart: { svg: chart.svg } }]) {
      const svg = socialCardSvg(card);
      expect(svg).toContain(`<path d="${MARK.fall}" stroke="${brandColours('light').crypto}"`);
      expect(svg).toContain(`<path d="${MARK.rise}" stroke="${brandColours('light').ai}"`);
    }
  });


  test('escapes the title, kicker, description and caption', async () => {
    const svg = socialCardSvg({
      title: 'Is <script>alert("x")</script> & "AI" a bet?',
      kicker: 'R&D <b>',
      description: "Founders' <i>estimates</i>",
      chart: { svg: chart.svg, caption: 'Close & <mean>' },
    });
    expect(svg).not.toContain('<script>');
    expect(svg).not.toContain('<b>');
    expect(svg).not.toContain('<i>');
    expect(svg).toContain('&lt;script&gt;');
    expect(svg).toContain('&amp; &quot;AI&quot;');
    expect(svg).toContain('R&amp;D &lt;b&gt;');
    expect(svg).toContain('Founders&#39; &lt;i&gt;estimates&lt;/i&gt;');
    expect(svg).toContain('Close &amp; &lt;mean&gt;');
    // Still one well-formed document that resvg accepts.
    expect(pngSize(await renderSocialPng(svg)).width).toBe(1200);
  });

  test('a long title wraps to at most 3 lines and ends with an ellipsis', () => {
    const words =
      'Crypto founders are leaving for AI while the venture market waits for a recovery that the data does not yet show anywhere at all';
    const svg = socialCardSvg({ title: words, kicker: 'Talent', description: 'Short.', chart: { svg: chart.svg } });
    const titleLines = [...svg.matchAll(/<text[^>]*font-weight="600" fill="#1b1e22"[^>]*>([^<]*)<\/text>/g)].map((m) => m[1] ?? '');
    expect(titleLines).toHaveLength(3);
    expect(titleLines[2]).toMatch(/\u2026$/);
    expect(words.startsWith(titleLines.join(' ').replace(/\u2026$/, ''))).toBe(true);
  });

  test('a title that fits is not shortened', () => {
    const title = 'Does Bitcoin follow the money supply?';
    const lines = texts(socialCardSvg({ title, chart: { svg: chart.svg } }));
    expect(lines.join(' ')).toContain(title.split(' ').slice(-2).join(' '));
    expect(lines.join('')).not.toContain('\u2026');
  });

  test('nests the chart with its colours resolved (resvg has no CSS variables)', () => {
    const svg = socialCardSvg({ title: 'T', chart: { svg: chart.svg } });
    expect(svg).toContain('class="chart chart--line"');
    expect(svg).not.toContain('var(--');
    expect(resolvedChartCss()).toContain('.chart .line.c-crypto,.chart .readout-dot.c-crypto{stroke:#c24f00}');
  });
});

describe('wrapLines', () => {
  test('keeps every line within the width, ellipsis included', () => {
    const lines = wrapLines('Supercalifragilisticexpialidocious words and more words to wrap here', 200, 30, true, 2);
    expect(lines).toHaveLength(2);
    for (const line of lines) expect(textWidth(line, 30, true)).toBeLessThanOrEqual(200);
    expect(lines[1]).toMatch(/\u2026$/);
  });

  test('returns short text unchanged', () => {
    expect(wrapLines('Short text', 500, 24, false, 3)).toEqual(['Short text']);
  });
});
