import { v3SignedUri } from './v3-signed-uri';

describe('v3SignedUri', () => {
  it("decodes each of the twelve percent-encodings in HubSpot's v3 table", () => {
    const encoded = 'https://leadops.example/a?x=%3A%2F%3F%40%21%24%27%28%29%2A%2C%3B';
    expect(v3SignedUri(encoded)).toBe("https://leadops.example/a?x=:/?@!$'()*,;");
  });

  it('leaves every other percent-encoding as received', () => {
    const uri = 'https://leadops.example/a?q=two%20words&plus=%2B&amp=%26&eq=%3D&pct=%25&hash=%23&br=%5B%5D&e=%C3%A9';
    expect(v3SignedUri(uri)).toBe(uri);
  });

  it('decodes lower-case hex the same as upper-case', () => {
    expect(v3SignedUri('https://leadops.example/a?email=ana%40example.com&t=a%2cb')).toBe('https://leadops.example/a?email=ana@example.com&t=a,b');
  });

  it('decodes in one pass, so an encoded percent sign never becomes a second decoding', () => {
    expect(v3SignedUri('https://leadops.example/a?x=%253A')).toBe('https://leadops.example/a?x=%253A');
  });

  it('returns a URI without encodings unchanged', () => {
    expect(v3SignedUri('https://leadops.example/hs/actions/score-and-route?portal=42')).toBe('https://leadops.example/hs/actions/score-and-route?portal=42');
  });
});
