import { describe, expect, it } from 'vitest';
import { escapeMarkup } from './escape';

describe('escapeMarkup', () => {
  it('turns a hostile name into text in an element or a double-quoted attribute', () => {
    expect(escapeMarkup(`<script>alert("x")</script>`)).toBe('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(escapeMarkup('" onload="x')).toBe('&quot; onload=&quot;x');
  });
  it('escapes an ampersand once, so an entity in a name stays as typed', () => {
    expect(escapeMarkup('Rock & Roll &amp;')).toBe('Rock &amp; Roll &amp;amp;');
  });
});
