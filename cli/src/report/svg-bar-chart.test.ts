import { findAll, parseHtmlStrictly, textOf } from './parse-html-strictly';
import { svgBarChart } from './svg-bar-chart';

function parse(svg: string) {
  return parseHtmlStrictly(`<html>${svg}</html>`).root;
}

describe('svgBarChart', () => {
  const chart = parse(svgBarChart({
    id: 'f',
    title: 'Leads per rep',
    description: 'Ana 3 of 2, Ben 1 of 2',
    bars: [{ label: 'Ana', value: 3, marker: 2, valueLabel: '3' }, { label: 'Ben', value: 1, marker: 2, valueLabel: '1' }],
    markerLabel: 'Expected',
  }));

  it('draws bars in proportion, the longest across the whole plot', () => {
    // plot 640 − 170 − 110 = 360 wide; the largest of values and markers (3) spans it
    const widths = findAll(chart, (element) => element.name === 'rect' && element.attributes.get('height') === '14').map((rect) => Number(rect.attributes.get('width')));
    expect(widths).toEqual([360, 120]);
  });

  it('draws each marker tick where its value falls', () => {
    const ticks = findAll(chart, (element) => element.name === 'line').slice(0, 2).map((line) => Number(line.attributes.get('x1')));
    expect(ticks).toEqual([410, 410]);
  });

  it('writes the value after the bar or the tick, whichever ends later', () => {
    const values = findAll(chart, (element) => element.attributes.get('class') === 'chart-value').map((text) => Number(text.attributes.get('x')));
    expect(values).toEqual([536, 418]);
  });

  it('carries its title and description for screen readers, and escapes labels', () => {
    expect(textOf(findAll(chart, (element) => element.name === 'title')[0] as never)).toBe('Leads per rep');
    const hostile = parse(svgBarChart({ id: 'x', title: 't', description: 'd', bars: [{ label: '<script>', value: 1, valueLabel: '"1"' }] }));
    expect(findAll(hostile, (element) => element.name === 'script')).toEqual([]);
  });
});
