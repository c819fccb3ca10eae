import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@solidjs/testing-library';
import type { MapBusiness, MapModel } from '../../src/lib/map-model.ts';
import MapControls from '../../src/components/islands/map/MapControls.tsx';
import MapPanel from '../../src/components/islands/map/MapPanel.tsx';
import MapYouControls from '../../src/components/islands/map/MapYouControls.tsx';

const src = (title: string) => ({ href: `/sources/#${title}`, title });
const business = (id: string, name: string, answer: MapBusiness['answer'], points: [number, number, string?][]): MapBusiness => ({
  id,
  name,
  label: name,
  answer,
  reason: `Why ${name} sits there.`,
  ...(points.length > 1 && { disagreement: `The articles picture different ${name} firms.` }),
  verdicts: [{ source: src('LiveChat'), says: answer === 'depends' ? 'customer' : answer }],
  lesson: { href: '/lessons/who-has-which/', title: 'Who has which' },
  placements: points.map(([tailoring, relationship, view]) => ({
    tailoring,
    relationship,
    ...(view && { view }),
    reasons: {
      tailoring: { text: `${name} tailoring reason.`, source: src('LiveChat') },
      relationship: { text: `${name} relationship reason.` },
    },
  })),
});
const model: MapModel = {
  axes: {
    tailoring: { name: 'How tailored the offer is', question: 'Is what you sell shaped to each buyer?', low: 'Standard', high: 'Tailored' },
    relationship: { name: 'How lasting the relationship is', question: 'Does it last?', low: 'One-off', high: 'Ongoing' },
  },
  businesses: [
    business('gym', 'Gym', 'customer', [[14, 38]]),
    business('saas', 'SaaS', 'depends', [
      [14, 32, 'LiveChat'],
      [72, 74, 'Ecommerce guide'],
    ]),
    business('law-firm', 'Law firm', 'client', [[92, 88]]),
    business('personal-trainer', 'Personal trainer', 'client', [[80, 50]]),
  ],
  contrasts: [{ between: ['gym', 'personal-trainer'], text: 'Same field, different offer.', sources: [src('LiveChat')] }],
  regions: (
    [
      ['client', 'Clients', 'client', true, true],
      ['customer', 'Customers', 'customer', false, false],
      ['one-off-job', 'Tailored one-off jobs', 'depends', true, false],
      ['standard-lasting', 'Members and subscribers', 'depends', false, true],
    ] as const
  ).map(([id, name, verdict, tailoring, relationship]) => ({
    id,
    name,
    verdict,
    tailoring,
    relationship,
    text: `What ${name} means for you.`,
    lessons: [{ href: `/lessons/${id}/`, title: `Lesson for ${name}` }],
  })),
  quizAxes: { tailoring: ['offering'], relationship: ['agreements'] },
  page: '/map/',
};

/** The figure as src/components/map/MapSvg.astro draws it: one point per business left to right, each article's view on demand, a hidden "you". */
function drawFigure() {
  const mean = (b: MapBusiness, axis: 'tailoring' | 'relationship') =>
    Math.round(b.placements.reduce((n, p) => n + p[axis], 0) / b.placements.length);
  const points = [...model.businesses]
    .sort((x, y) => mean(x, 'tailoring') - mean(y, 'tailoring') || mean(x, 'relationship') - mean(y, 'relationship'))
    .map(
      (b) =>
        `<g class="map-point map-${b.answer}" data-key="${b.id}" data-business="${b.id}" data-label="${b.name}: tailoring ${mean(b, 'tailoring')}"></g>`,
    )
    .join('');
  const views = model.businesses
    .filter((b) => b.placements.length > 1)
    .map((b) => `<g class="map-views map-${b.answer}" data-business="${b.id}"></g>`)
    .join('');
  const figure = document.createElement('div');
  figure.id = 'the-map';
  figure.innerHTML = `<svg data-map-svg data-width="100" data-plot="0 100 0 100">${views}${points}<line class="map-contrast" data-between="gym personal-trainer"></line><g class="map-you map-off"></g></svg>`;
  document.body.append(figure);
  return figure;
}

async function openMap(url = '/map/') {
  history.replaceState(null, '', url);
  // A freshly drawn figure starts the shared map state afresh, as a new page would.
  const figure = drawFigure();
  const choices = model.businesses.map(({ id, name, answer }) => ({ id, name, answer }));
  render(() => (
    <>
      <MapControls businesses={choices} figure="the-map" />
      <MapYouControls businesses={model.businesses} regions={model.regions} axes={model.axes} figure="the-map" quiz="/quiz/" />
      <MapPanel model={model} figure="the-map" />
    </>
  ));
  await waitFor(() => expect(figure.hasAttribute('data-ready')).toBe(true));
  return figure;
}
const point = (key: string) => document.querySelector<SVGGElement>(`[data-key="${key}"]`)!;
const details = () => document.querySelector('.map-details')!.textContent ?? '';

beforeEach(() => history.replaceState(null, '', '/map/'));
afterEach(() => {
  cleanup();
  document.body.innerHTML = '';
});

describe('the client–customer map islands', () => {
  it('turn the drawn points into buttons, one of them in the tab order', async () => {
    await openMap();
    const buttons = [...document.querySelectorAll('.map-point')];
    expect(buttons.every((b) => b.getAttribute('role') === 'button' && b.getAttribute('aria-label'))).toBe(true);
    expect(buttons.filter((b) => b.getAttribute('tabindex') === '0')).toHaveLength(1);
    expect(screen.getByRole('combobox', { name: 'Business' })).toHaveProperty('disabled', false);
  });

  it('explain a business chosen from the list: both article views, the disagreement, sources and our judgement', async () => {
    await openMap();
    fireEvent.change(screen.getByRole('combobox', { name: 'Business' }), { target: { value: 'saas' } });
    await waitFor(() => expect(details()).toMatch(/In LiveChat's view/));
    expect(details()).toMatch(/In Ecommerce guide's view/);
    expect(details()).toMatch(/The articles place it differently\. The articles picture different SaaS firms\./);
    expect(details()).toMatch(/Tailoring 14\/100/);
    expect(details()).toMatch(/SaaS relationship reason\. \(our judgement\)/);
    expect(point('saas').getAttribute('aria-pressed')).toBe('true');
    // Each article's own point shows for the chosen business only, until the reader asks for all.
    expect(document.querySelector('.map-views[data-business="saas"]')!.classList.contains('map-selected')).toBe(true);
    expect(point('gym').getAttribute('aria-pressed')).toBe('false');
    await waitFor(() => expect(location.search).toBe('?business=saas'));
  });

  it('filter by verdict, and show everything again when a hidden business is chosen', async () => {
    const figure = await openMap();
    fireEvent.click(screen.getByRole('radio', { name: 'Customer' }));
    expect(figure.dataset.show).toBe('customer');
    await waitFor(() => expect(location.search).toBe('?show=customer'));
    fireEvent.change(screen.getByRole('combobox', { name: 'Business' }), { target: { value: 'law-firm' } });
    expect(figure.dataset.show).toBe('');
    expect(screen.getByRole('radio', { name: 'All' })).toHaveProperty('checked', true);
    await waitFor(() => expect(location.search).toBe('?business=law-firm'));
  });

  it('move between points with the arrow keys, select with Enter and clear with Escape', async () => {
    await openMap();
    // Left to right: the gym (14), SaaS at the mean of its two views (43), the trainer (80), the law firm (92).
    const first = point('gym');
    expect(first.getAttribute('tabindex')).toBe('0');
    first.focus();
    fireEvent.keyDown(first, { key: 'ArrowRight' });
    await waitFor(() => expect(document.activeElement).toBe(point('saas')));
    expect(point('saas').getAttribute('tabindex')).toBe('0');
    expect(first.getAttribute('tabindex')).toBe('-1');
    fireEvent.keyDown(point('saas'), { key: 'End' });
    await waitFor(() => expect(document.activeElement).toBe(point('law-firm')));
    fireEvent.keyDown(point('law-firm'), { key: 'Enter' });
    await waitFor(() => expect(point('law-firm').getAttribute('aria-pressed')).toBe('true'));
    fireEvent.keyDown(point('law-firm'), { key: 'Escape' });
    await waitFor(() => expect(point('law-firm').getAttribute('aria-pressed')).toBe('false'));
  });

  it('show where the articles disagree for every business at once, on request', async () => {
    const figure = await openMap();
    expect(figure.dataset.views).toBe('');
    fireEvent.click(screen.getByRole('checkbox', { name: 'Where the articles disagree' }));
    expect(figure.dataset.views).toBe('on');
  });

  it('place the reader: sliders that announce both values, the region, the nearest businesses and lessons, all kept in the address', async () => {
    const figure = await openMap();
    fireEvent.click(screen.getByRole('button', { name: 'Place my business' }));
    const tailoring = (await screen.findByRole('slider', { name: 'How tailored the offer is' })) as HTMLInputElement;
    const relationship = screen.getByRole('slider', { name: 'How lasting the relationship is' }) as HTMLInputElement;
    // The button gave way to the sliders, so focus moved to the first of them rather than to nowhere.
    expect(document.activeElement).toBe(tailoring);
    expect(tailoring.getAttribute('aria-valuetext')).toBe('30 of 100. Your point: tailoring 30, relationship 30.');
    expect(document.querySelector('.map-you-readout')!.textContent).toBe('Customers. Nearest: SaaS, Gym, Personal trainer.');
    fireEvent.input(tailoring, { target: { value: '90' } });
    fireEvent.input(relationship, { target: { value: '85' } });
    expect(relationship.getAttribute('aria-valuetext')).toBe('85 of 100. Your point: tailoring 90, relationship 85.');
    expect(tailoring.getAttribute('aria-valuetext')).toBe('90 of 100. Your point: tailoring 90, relationship 85.');
    const nearest = [...document.querySelectorAll('.map-nearest li')].map((li) => li.textContent);
    expect(nearest).toEqual(['Law firm', 'SaaS', 'Personal trainer']);
    expect(document.querySelector('.map-you-readout')!.textContent).toBe('Clients. Nearest: Law firm, SaaS, Personal trainer.');
    await waitFor(() => expect(screen.getByRole('link', { name: 'Lesson for Clients' })).toBeTruthy());
    const you = figure.querySelector('.map-you')!;
    expect(you.classList.contains('map-off')).toBe(false);
    expect(you.getAttribute('transform')).toBe('translate(90 15)');
    await waitFor(() => expect(location.search).toBe('?you=90,85'));
    fireEvent.click(screen.getByRole('button', { name: 'Remove my point' }));
    expect(you.classList.contains('map-off')).toBe(true);
    await waitFor(() => expect(location.search).toBe(''));
  });

  it('let the reader drag their point, and the sliders follow', async () => {
    const figure = await openMap('/map/?you=50,50');
    const tailoring = (await screen.findByRole('slider', { name: 'How tailored the offer is' })) as HTMLInputElement;
    const you = figure.querySelector<SVGGElement>('.map-you')!;
    fireEvent.pointerDown(you, { pointerId: 1, clientX: 50, clientY: 50 });
    await new Promise((r) => setTimeout(r, 0));
    fireEvent.pointerMove(you, { pointerId: 1, clientX: 20, clientY: 30 });
    await waitFor(() => expect(tailoring.value).toBe('20'));
    expect((screen.getByRole('slider', { name: 'How lasting the relationship is' }) as HTMLInputElement).value).toBe('70');
    fireEvent.pointerUp(you, { pointerId: 1 });
    fireEvent.pointerMove(you, { pointerId: 1, clientX: 90, clientY: 90 });
    await waitFor(() => expect(location.search).toBe('?you=20,70'));
  });

  it('open a shared link as it was, and a tampered one with a notice and the default map', async () => {
    const figure = await openMap('/map/?business=gym&show=customer&you=10,20');
    await waitFor(() => expect(point('gym').getAttribute('aria-pressed')).toBe('true'));
    expect(figure.dataset.show).toBe('customer');
    cleanup();
    document.body.innerHTML = '';
    const broken = await openMap('/map/?business=unicorn&you=500,1&show=everyone');
    await waitFor(() => expect(screen.getByRole('status', { name: '' }).textContent).toMatch(/no business "unicorn"/));
    expect(document.body.textContent).toMatch(/"500,1" is not a point on the map/);
    expect(document.body.textContent).toMatch(/"everyone" is not a filter/);
    expect(broken.dataset.show).toBe('');
    expect(document.querySelectorAll('[aria-pressed="true"]')).toHaveLength(0);
    expect(broken.querySelector('.map-you')!.classList.contains('map-off')).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(document.body.textContent).not.toMatch(/unicorn/);
  });
});
