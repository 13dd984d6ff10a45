import { domainToASCII } from 'node:url';
import { decodePunycode } from './punycode';

/** The label's encoded part as Node's own IDNA encoder writes it: the oracle the decoder is checked against. */
function encoded(label: string): string {
  const ascii = domainToASCII(label);
  if (!ascii.startsWith('xn--')) throw new Error(`Node did not encode ${label} (got "${ascii}"): pick a label with a non-ASCII letter.`);
  return ascii.slice('xn--'.length);
}

describe('decodePunycode', () => {
  it.each(['bücher', 'пример', 'рф', '中文', 'münchen-ost', 'ελληνικά', '日本語ドメイン', 'straße', 'ñandú', 'ab😀c', 'a-b-ü'])('gives back %s from the Punycode Node encodes it to', (label) => {
    expect(decodePunycode(encoded(label))).toBe(label.normalize('NFC'));
  });

  it('decodes the RFC 3492 samples, mixed case digits included', () => {
    // RFC 3492 section 7.1, (B) Chinese (simplified) and (L) Japanese: "3<nen>B<gumi><kinpachi><sensei>".
    expect(decodePunycode('ihqwcrb4cv8a8dqg056pqjye')).toBe('\u4ed6\u4eec\u4e3a\u4ec0\u4e48\u4e0d\u8bf4\u4e2d\u6587');
    expect(decodePunycode('3B-ww4c5e180e575a65lsy2b')).toBe('3\u5e74B\u7d44\u91d1\u516b\u5148\u751f');
  });

  it('refuses what is not Punycode instead of guessing', () => {
    expect(decodePunycode('bcher-kv')).toBeNull(); // a number cut short
    expect(decodePunycode('b\u00fccher-kva')).toBeNull(); // a non-ASCII basic character
    expect(decodePunycode('bcher-k_a')).toBeNull(); // no digit
    expect(decodePunycode('99999999999')).toBeNull(); // past U+10FFFF
  });
});
