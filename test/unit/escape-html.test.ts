import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../../src/lib/escape-html.ts';

describe('escapeHtml', () => {
  it('turns markup characters into entities, so content text can never become markup', () => {
    expect(escapeHtml(`<a href="x">Tom & Jerry's</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;');
  });
  it('leaves ordinary text as it is', () => {
    expect(escapeHtml('A gym adds personal training: £40 a month')).toBe('A gym adds personal training: £40 a month');
  });
});
