import { describe, expect, it } from 'vitest';
import { findScormApi, type WindowLike } from '../../src/lib/scorm-api.ts';

const api = () => ({
  LMSInitialize: () => 'true',
  LMSFinish: () => 'true',
  LMSGetValue: () => '',
  LMSSetValue: () => 'true',
  LMSCommit: () => 'true',
});

/** A top window holding `top`, with frames nested `depth` deep below it; returns the innermost. */
function frames(depth: number, top: Partial<WindowLike> = {}): WindowLike {
  const root: WindowLike = { ...top };
  root.parent = root; // a top window is its own parent
  let win = root;
  for (let i = 0; i < depth; i++) win = { parent: win };
  return win;
}

describe('finding the LMS', () => {
  it('finds the API in the window itself', () => {
    const found = api();
    expect(findScormApi({ API: found })).toBe(found);
  });

  it('finds the API several frames up', () => {
    const found = api();
    expect(findScormApi(frames(3, { API: found }))).toBe(found);
  });

  it('finds the API in the window that opened the course', () => {
    const found = api();
    const opener: WindowLike = { API: found };
    expect(findScormApi(frames(2, { opener }))).toBe(found);
  });

  it('takes the nearest API when frames hold several', () => {
    const near = api();
    const inner: WindowLike = { parent: { API: near, parent: frames(0, { API: api() }) } };
    expect(findScormApi(inner)).toBe(near);
  });

  it('finds nothing on a plain page, so the course runs as a site', () => {
    expect(findScormApi(frames(0))).toBeUndefined();
    expect(findScormApi(frames(2))).toBeUndefined();
  });

  it('ignores an API that lacks the calls the course makes', () => {
    expect(findScormApi({ API: { LMSInitialize: () => 'true' } })).toBeUndefined();
    expect(findScormApi({ API: 'yes' })).toBeUndefined();
  });

  it('passes over a frame from another site instead of failing', () => {
    const found = api();
    const foreign = Object.defineProperty({ parent: frames(0, { API: found }) }, 'API', {
      get() {
        throw new Error('blocked');
      },
    });
    expect(findScormApi({ parent: foreign })).toBe(found);
    const blocked = Object.defineProperty({}, 'parent', {
      get() {
        throw new Error('blocked');
      },
    });
    expect(findScormApi(blocked)).toBeUndefined();
  });
});
