import { findAll, parseHtmlStrictly } from './parse-html-strictly';
import { niceScaleMax, svgHistogram } from './svg-histogram';

function parse(svg: string) {
  return parseHtmlStrictly(`<html>${svg}</html>`).root;
}

const columns = Array.from({ length: 10 }, (_, index) => ({ label: `${index * 10}`, segments: [{ value: index, tone: 'primary' as const }], valueLabel: String(index) }));

describe('svgHistogram', () => {
  it('draws the marker line at its position in column units', () => {
    // plot from x=44 to 632: 10 columns of 58.8; position 6.5 → 44 + 6.5 × 58.8 = 426.2
    const svg = parse(svgHistogram({ id: 'h', title: 't', description: 'd', columns, marker: { position: 6.5, label: 'MQL threshold 65' }, axisLabel: 'contacts' }));
    const line = findAll(svg, (element) => element.attributes.get('class') === 'chart-threshold')[0];
    expect(Number(line?.attributes.get('x1'))).toBeCloseTo(426.2, 1);
  });

  it('scales columns against a round top of scale, and draws nothing for empty columns', () => {
    // tallest column 9 → scale top 10, so 9 fills 90% of the 160-pixel plot
    const svg = parse(svgHistogram({ id: 'h', title: 't', description: 'd', columns, axisLabel: 'contacts' }));
    const rects = findAll(svg, (element) => element.name === 'rect');
    expect(rects).toHaveLength(9);
    expect(Math.max(...rects.map((rect) => Number(rect.attributes.get('height'))))).toBe(144);
  });

  it('rounds the top of the scale up to a readable number', () => {
    expect([1, 2, 9, 127, 532, 621, 1000, 1001].map(niceScaleMax)).toEqual([1, 2, 10, 150, 600, 700, 1000, 1200]);
  });

  it('stays finite when every column is empty', () => {
    const empty = svgHistogram({ id: 'h', title: 't', description: 'd', columns: [{ label: 'a', segments: [{ value: 0, tone: 'primary' }], valueLabel: '0' }], axisLabel: 'contacts' });
    expect(empty).not.toMatch(/NaN|Infinity/);
  });

  it('escapes labels and titles', () => {
    const svg = svgHistogram({ id: 'h', title: '<b>t</b>', description: 'd & e', columns: [{ label: '<i>', segments: [], valueLabel: '"x"' }], axisLabel: 'a<b' });
    expect(findAll(parse(svg), (element) => element.name === 'b' || element.name === 'i')).toEqual([]);
  });
});
