import { escapeHtml } from './escape-html';

describe('escapeHtml', () => {
  it('turns a script tag in a contact name into inert text', () => {
    expect(escapeHtml('<script>alert(1)</script>')).toBe('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('escapes both quote kinds so a name cannot leave an attribute value', () => {
    expect(escapeHtml(`O'Brien "the boss"`)).toBe('O&#39;Brien &quot;the boss&quot;');
    expect(escapeHtml('" onmouseover="alert(1)')).not.toContain('"');
  });

  it('escapes ampersands first, so existing entities are shown as typed rather than decoded', () => {
    expect(escapeHtml('AT&T &lt;b&gt;')).toBe('AT&amp;T &amp;lt;b&amp;gt;');
  });

  it('leaves ordinary text, accents and emoji unchanged', () => {
    expect(escapeHtml('Chloé Dubois — Zürich 🚀')).toBe('Chloé Dubois — Zürich 🚀');
  });
});
