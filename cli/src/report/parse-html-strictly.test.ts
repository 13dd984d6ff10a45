import { findById, parseHtmlStrictly, textOf } from './parse-html-strictly';

describe('parseHtmlStrictly', () => {
  it('builds a tree with decoded text and attributes, void elements and raw script text', () => {
    const document = parseHtmlStrictly('<!DOCTYPE html><html><head><meta charset="utf-8"><script>if (a < b) x = "</p>";</script></head><body><p id="p" title="a &amp; b">AT&amp;T &lt;3</p><svg><rect x="1"/></svg></body></html>');
    expect(document.doctype).toBe('html');
    const paragraph = findById(document.root, 'p');
    expect(paragraph?.attributes.get('title')).toBe('a & b');
    expect(textOf(paragraph as never)).toBe('AT&T <3');
  });

  it('rejects an element closed out of order', () => {
    expect(() => parseHtmlStrictly('<html><p><b></p></b></html>')).toThrow('</p> closes <b>');
  });

  it('rejects an element never closed', () => {
    expect(() => parseHtmlStrictly('<html><div></html>')).toThrow('</html> closes <div>');
    expect(() => parseHtmlStrictly('<html><div>')).toThrow('<div> is never closed');
  });

  it('rejects unescaped markup characters and unknown entities in text', () => {
    expect(() => parseHtmlStrictly('<html>a < b</html>')).toThrow('raw "<"');
    expect(() => parseHtmlStrictly('<html>a > b</html>')).toThrow('raw ">"');
    expect(() => parseHtmlStrictly('<html>a & b</html>')).toThrow('bare "&"');
    expect(() => parseHtmlStrictly('<html>&bogus;</html>')).toThrow('unknown entity');
  });

  it('rejects unquoted and duplicate attributes', () => {
    expect(() => parseHtmlStrictly('<html><img src=x onerror=alert(1)></html>')).toThrow('malformed tag');
    expect(() => parseHtmlStrictly('<html><p id="a" id="b"></p></html>')).toThrow('duplicate attribute');
  });

  it('rejects a self-closing HTML element, which browsers would leave open', () => {
    expect(() => parseHtmlStrictly('<html><div/></html>')).toThrow('cannot close itself');
  });
});
