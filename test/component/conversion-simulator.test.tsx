import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@solidjs/testing-library';
import ConversionSimulator from '../../src/components/islands/simulator/ConversionSimulator.tsx';
import { simulateConversion } from '../../src/lib/simulate-conversion.ts';
import { simulatorPage, simulatorPresets } from '../simulator-content.ts';

const page = simulatorPage();
const presets = simulatorPresets().map((p) => ({
  id: p.id,
  name: p.name,
  inputs: p.inputs,
  about: `<p><strong>${p.name}.</strong> About it.</p>`,
}));

const value = (metric: string) => document.querySelector(`[data-metric="${metric}"]`)!.getAttribute('data-value');
const draw = () => render(() => <ConversionSimulator text={page} defaults={page.defaults} presets={presets} />);

beforeEach(() => history.replaceState(null, '', '/simulator/'));
afterEach(cleanup);

describe('ConversionSimulator', () => {
  it('shows the default scenario’s figures straight away', () => {
    draw();
    expect(value('profitDifference')).toBe(String(simulateConversion(page.defaults).profitDifference));
    expect(screen.getByRole('button', { name: presets[0].name }).getAttribute('aria-pressed')).toBe('false');
  });

  it('recomputes when a number is typed, with the rate read as a percentage', () => {
    draw();
    fireEvent.input(screen.getByLabelText('Customers who become clients'), { target: { value: '2.5' } });
    expect(value('profitDifference')).toBe(String(simulateConversion({ ...page.defaults, conversionRate: 0.025 }).profitDifference));
  });

  it('explains a bad number next to its field and keeps the last good results', () => {
    draw();
    const box = screen.getByLabelText('Months to model');
    fireEvent.input(box, { target: { value: '24' } });
    const good = value('cumulativeProfit');
    fireEvent.input(box, { target: { value: '500' } });
    expect(document.getElementById('sim-months-error')!.textContent).toBe('Months to model must be from 1 to 120.');
    expect(box.getAttribute('aria-invalid')).toBe('true');
    expect(value('cumulativeProfit')).toBe(good);
    expect(document.body.textContent).not.toMatch(/NaN|Infinity|undefined/);
  });

  it('will not let churn and conversion pass 100% together, and says how far it can go', () => {
    draw();
    fireEvent.input(screen.getByLabelText('Customers who leave'), { target: { value: '90' } });
    fireEvent.input(screen.getByLabelText('Customers who become clients'), { target: { value: '15' } });
    expect(document.getElementById('sim-conversionRate-error')!.textContent).toMatch(
      /^Customers who become clients can be at most 10% here/,
    );
    expect(value('profitDifference')).toBe(String(simulateConversion({ ...page.defaults, customerChurn: 0.9 }).profitDifference));
  });

  it('accepts the held-back conversion rate once churn comes down', () => {
    draw();
    fireEvent.input(screen.getByLabelText('Customers who leave'), { target: { value: '90' } });
    fireEvent.input(screen.getByLabelText('Customers who become clients'), { target: { value: '15' } });
    fireEvent.input(screen.getByLabelText('Customers who leave'), { target: { value: '80' } });
    expect(document.getElementById('sim-conversionRate-error')!.textContent).toBe('');
    expect(value('profitDifference')).toBe(
      String(simulateConversion({ ...page.defaults, customerChurn: 0.8, conversionRate: 0.15 }).profitDifference),
    );
  });

  it('stops a slider at that limit too, instead of going past it', () => {
    draw();
    fireEvent.input(screen.getByLabelText('Customers who leave'), { target: { value: '90' } });
    const slider = document.getElementById('sim-conversionRate-slider') as HTMLInputElement;
    fireEvent.input(slider, { target: { value: '20' } });
    expect(slider.value).toBe('10');
    expect((screen.getByLabelText('Customers who become clients') as HTMLInputElement).value).toBe('10');
  });

  it('applies an example and marks it as the one showing, until a number changes', () => {
    draw();
    const button = screen.getByRole('button', { name: presets[1].name });
    fireEvent.click(button);
    expect(value('totalRevenue')).toBe(String(simulateConversion(presets[1].inputs).totalRevenue));
    expect(button.getAttribute('aria-pressed')).toBe('true');
    fireEvent.input(screen.getByLabelText('Months to model'), { target: { value: '12' } });
    expect(button.getAttribute('aria-pressed')).toBe('false');
  });

  it('reads a scenario link when it starts', () => {
    history.replaceState(null, '', '/simulator/?preset=templates-bespoke&months=6&colour=blue');
    draw();
    const expected = simulateConversion({ ...presets.find((p) => p.id === 'templates-bespoke')!.inputs, months: 6 });
    expect(value('cumulativeProfit')).toBe(String(expected.cumulativeProfit));
    expect(document.querySelector('.sim-notice')!.textContent).toContain('colour');
  });
});
