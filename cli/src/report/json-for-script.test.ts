import { jsonForScript } from './json-for-script';

describe('jsonForScript', () => {
  const hostile = { name: '</script><script>alert("x")</script>', note: 'a & b <!-- c -->', separators: '\u2028\u2029' };

  it('never lets data close the script element it is embedded in', () => {
    const text = jsonForScript(hostile);
    expect(text.toLowerCase()).not.toContain('</script');
    expect(text).not.toContain('<!--');
    expect(text).not.toMatch(/[<>&\u2028\u2029]/);
  });

  it('parses back to exactly the same value', () => {
    expect(JSON.parse(jsonForScript(hostile))).toEqual(hostile);
  });
});
