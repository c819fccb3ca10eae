import { describe, expect, it } from 'vitest';
import type { MapVerdict } from '../../src/lib/map-model.ts';
import { EMPTY_MAP_STATE, mapSearch, readMapUrl, readPoint, type MapState } from '../../src/lib/map-url.ts';

const verdicts = new Map<string, MapVerdict>([
  ['saas', 'depends'],
  ['law-firm', 'client'],
  ['gym', 'customer'],
]);
const read = (search: string) => readMapUrl(search, verdicts);

describe('map address state', () => {
  it.each<MapState>([
    EMPTY_MAP_STATE,
    { business: 'saas', show: null, you: null, disagree: false },
    { business: null, show: 'customer', you: null, disagree: false },
    { business: 'law-firm', show: 'client', you: { tailoring: 62, relationship: 40 }, disagree: false },
    { business: null, show: null, you: { tailoring: 0, relationship: 100 }, disagree: false },
    { business: 'saas', show: null, you: null, disagree: true },
  ])('survives a round trip: %o', (state) => {
    expect(read(mapSearch(state))).toEqual({ state, notices: [] });
  });

  it('opens the view of where the articles disagree from disagree=1, and says so when the value is not 1 or 0', () => {
    expect(read('?disagree=1').state.disagree).toBe(true);
    expect(read('?disagree=0')).toEqual({ state: EMPTY_MAP_STATE, notices: [] });
    expect(read('?disagree=yes')).toEqual({ state: EMPTY_MAP_STATE, notices: [{ kind: 'bad-toggle', name: 'disagree', value: 'yes' }] });
    expect(mapSearch({ ...EMPTY_MAP_STATE, disagree: true })).toBe('?disagree=1');
  });

  it('writes the short form a trainer can type', () => {
    expect(mapSearch({ business: 'saas', show: null, you: { tailoring: 62.4, relationship: 39.6 }, disagree: false })).toBe(
      '?business=saas&you=62,40',
    );
    expect(mapSearch(EMPTY_MAP_STATE)).toBe('');
  });

  it('keeps presentation mode and drops what nobody reads', () => {
    expect(mapSearch({ business: 'gym', show: null, you: null, disagree: false }, '?present=1&junk=1&business=saas')).toBe(
      '?present=1&business=gym',
    );
  });

  it('reads a plain address, and presentation mode, as the default map with no notice', () => {
    expect(read('')).toEqual({ state: EMPTY_MAP_STATE, notices: [] });
    expect(read('?present=1&show=all')).toEqual({ state: EMPTY_MAP_STATE, notices: [] });
  });

  it('forgives the case and spacing of a business or filter', () => {
    expect(read('?business=%20SaaS%20&show=Depends').state).toEqual({ business: 'saas', show: 'depends', you: null, disagree: false });
  });
});

describe('tampered map addresses', () => {
  it('drops an unknown business with a notice that quotes it, briefly', () => {
    const { state, notices } = read(`?business=${'x'.repeat(80)}`);
    expect(state).toEqual(EMPTY_MAP_STATE);
    expect(notices).toEqual([{ kind: 'unknown-business', value: 'x'.repeat(40) }]);
  });

  it.each(['101,50', '50,-1', '50', '50,50,50', 'abc', '1e2,5', '0x10,5', '50.5,20', 'NaN,NaN', ' ,'])(
    'drops the point "%s" with a notice',
    (you) => {
      const { state, notices } = read(`?you=${encodeURIComponent(you)}`);
      expect(state.you).toBeNull();
      expect(notices).toEqual([{ kind: 'bad-point', value: you.trim() }]);
    },
  );

  it('drops a parameter given twice, rather than guess which one was meant', () => {
    const { state, notices } = read('?business=saas&business=gym&you=10,10&you=90,90');
    expect(state).toEqual(EMPTY_MAP_STATE);
    expect(notices).toEqual([
      { kind: 'repeated', name: 'business' },
      { kind: 'repeated', name: 'you' },
    ]);
  });

  it('drops an unknown filter, and a filter that would hide the chosen business', () => {
    expect(read('?show=everyone')).toEqual({ state: EMPTY_MAP_STATE, notices: [{ kind: 'unknown-filter', value: 'everyone' }] });
    expect(read('?business=gym&show=client')).toEqual({
      state: { business: 'gym', show: null, you: null, disagree: false },
      notices: [{ kind: 'hidden-business', business: 'gym' }],
    });
  });

  it('names parameters it does not know, and strips control characters from what it quotes', () => {
    expect(read('?zoom=3&business=%00%1Fgone').notices).toEqual([
      { kind: 'unknown-business', value: 'gone' },
      { kind: 'unknown-parameter', name: 'zoom' },
    ]);
  });

  it('keeps the usable part of a half-broken link', () => {
    expect(read('?business=saas&you=500,500&show=nope')).toEqual({
      state: { business: 'saas', show: null, you: null, disagree: false },
      notices: [
        { kind: 'unknown-filter', value: 'nope' },
        { kind: 'bad-point', value: '500,500' },
      ],
    });
  });

  it('reads only whole scores from 0 to 100 as a point', () => {
    expect(readPoint('0,100')).toEqual({ tailoring: 0, relationship: 100 });
    expect(readPoint('007,08')).toEqual({ tailoring: 7, relationship: 8 });
    expect(readPoint('100,101')).toBeNull();
  });
});
