/**
 * Value readouts for the static charts, as progressive enhancement: point at (or touch, or arrow-key
 * along) a chart to read the x value and every series' value there, formatted as the data table
 * formats them. Everything comes from the figure's markup (data-xl, data-sl, data-v written by the
 * renderer, and the marks' own positions); without JavaScript the page is exactly the same.
 */
const NS = 'http://www.w3.org/2000/svg';

function setup(figure: HTMLElement): void {
  const xs = figure.dataset.xl!.split('|');
  const names = figure.dataset.sl!.split('|');
  const values = figure.dataset.v!.split('~').map((series) => series.split('|'));
  for (const svg of figure.querySelectorAll<SVGSVGElement>('.chart-figure__svg svg')) enhance(svg, xs, names, values);
}

function enhance(svg: SVGSVGElement, xs: string[], names: string[], values: string[][]): void {
  const marks = svg.querySelector<SVGGElement>('.marks');
  if (!marks) return;
  const box = document.createElement('div');
  box.className = 'readout';
  box.setAttribute('role', 'status');
  box.hidden = true;
  svg.parentElement!.append(box);
  const positions = marks.dataset.xp?.split(' ').map(Number);
  const items = [...marks.querySelectorAll<SVGGraphicsElement>("[data-i]")];
  const lines = [...marks.querySelectorAll<SVGPathElement>('path.line')].map((path, s) => ({ path, ys: yPositions(path, values[s] ?? []) }));
  const layer = document.createElementNS(NS, 'g');
  layer.setAttribute('class', 'readout-layer');
  svg.append(layer);
  let at = -1;
  svg.tabIndex = 0;
  svg.setAttribute('aria-keyshortcuts', 'ArrowLeft ArrowRight Home End Escape');

  const show = (i: number) => {
    const count = positions ? xs.length : items.length;
    at = Math.max(0, Math.min(count - 1, i));
    layer.replaceChildren();
    items.forEach((item) => item.classList.remove('is-active'));
    let x: number;
    let text: string;
    if (positions) {
      x = positions[at]!;
      const { y, height } = marks.getBBox();
      layer.append(shape('line', { class: 'readout-rule', x1: x, x2: x, y1: y, y2: y + height }));
      for (const line of lines) {
        const cy = line.ys[at];
        if (cy !== undefined) layer.append(shape('circle', { class: `readout-dot ${colourOf(line.path)}`, cx: x, cy, r: 4 }));
      }
      text = `${xs[at]}: ${names.map((name, s) => `${name} ${values[s]?.[at] || 'no value'}`).join('; ')}`;
    } else {
      const item = items[at]!;
      const [category, series] = item.dataset.i!.split(' ').map(Number) as [number, number];
      item.classList.add('is-active');
      const { x: left, width } = item.getBBox();
      x = left + width / 2;
      text = `${xs[category]}${names.length > 1 || !positions ? `, ${names[series]}` : ''}: ${values[series]?.[category]}`;
    }
    box.textContent = text;
    box.hidden = false;
    // The box sits at the top of the chart, on the half away from the point, so it never covers it.
    const right = x > svg.viewBox.baseVal.width / 2;
    box.classList.toggle('readout--left', right);
  };
  const hide = () => {
    box.hidden = true;
    layer.replaceChildren();
    items.forEach((item) => item.classList.remove('is-active'));
  };

  const point = (event: PointerEvent) => {
    if (positions) {
      const p = new DOMPoint(event.clientX, event.clientY).matrixTransform(svg.getScreenCTM()!.inverse());
      let best = 0;
      positions.forEach((px, j) => {
        if (Math.abs(px - p.x) < Math.abs(positions[best]! - p.x)) best = j;
      });
      show(best);
    } else {
      const item = (event.target as Element).closest<SVGGraphicsElement>("[data-i]");
      if (item) show(items.indexOf(item));
    }
  };
  svg.addEventListener('pointermove', point);
  svg.addEventListener('pointerdown', point);
  svg.addEventListener('pointerleave', (event) => event.pointerType === 'mouse' && hide());
  svg.addEventListener('focus', () => show(at < 0 ? (positions ? xs.length : items.length) - 1 : at));
  svg.addEventListener('blur', hide);
  svg.addEventListener('keydown', (event) => {
    const step = { ArrowRight: 1, ArrowUp: 1, ArrowLeft: -1, ArrowDown: -1 }[event.key];
    if (step) show(at + step);
    else if (event.key === 'Home') show(0);
    else if (event.key === 'End') show(Infinity);
    else if (event.key === 'Escape') hide();
    else return;
    event.preventDefault();
  });
}

/** The y of each value along a line's path: one path point per value written, in order; gaps have none. */
function yPositions(path: SVGPathElement, values: string[]): (number | undefined)[] {
  const points = (path.getAttribute('d') ?? '').match(/-?[\d.]+,-?[\d.]+/g) ?? [];
  let next = 0;
  return values.map((value) => (value ? Number(points[next++]?.split(',')[1]) : undefined));
}

function colourOf(element: Element): string {
  return [...element.classList].find((name) => name.startsWith('c-')) ?? '';
}

function shape(name: string, attributes: Record<string, string | number>): SVGElement {
  const element = document.createElementNS(NS, name);
  for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, String(value));
  return element;
}

/** A button that copies the embed snippet, beside the snippet the <details> shows without JavaScript. */
function copyButton(embed: HTMLElement): void {
  const code = embed.querySelector('code');
  if (!code || !navigator.clipboard) return;
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = 'Copy the snippet';
  button.addEventListener('click', () => navigator.clipboard.writeText(code.textContent ?? '').then(() => (button.textContent = 'Copied')));
  code.after(button);
}

for (const figure of document.querySelectorAll<HTMLElement>('figure.chart-figure[data-xl]')) setup(figure);
for (const embed of document.querySelectorAll<HTMLElement>('.chart-figure__embed')) copyButton(embed);
