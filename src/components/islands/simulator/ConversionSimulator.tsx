import { For, Show, batch, createMemo, createSignal, onCleanup, onMount } from 'solid-js';
import {
  INPUT_NAMES,
  INPUT_SPECS,
  allowedRange,
  checkInput,
  fromDisplayUnits,
  parseTypedNumber,
  sliderPosition,
  valueAtSlider,
  type ConversionInputs,
  type InputName,
  type InputProblem,
} from '../../../lib/conversion-inputs.ts';
import { simulateConversion } from '../../../lib/simulate-conversion.ts';
import { decodeScenario, encodeScenario, matchingPreset } from '../../../lib/scenario-url.ts';
import { scenarioCsv } from '../../../lib/scenario-csv.ts';
import { createFormatters } from '../../../lib/simulator-format.ts';
import { fillIn } from '../../../lib/fill-in.ts';
import { pageQuery } from '../../../lib/query-params.ts';
import { SimulatorField } from './SimulatorField.tsx';
import { DETAILS, HEADLINE, ResultSummary } from './ResultSummary.tsx';
import { RevenueChart } from './RevenueChart.tsx';
import { ProfitChart } from './ProfitChart.tsx';
import { MonthTable } from './MonthTable.tsx';
import { ExamplePicker } from './ExamplePicker.tsx';
import { copyText } from '../../../browser/clipboard.ts';
import { downloadText } from '../../../browser/download.ts';
import { replaceAddress, shareableAddress } from '../../../browser/address.ts';
import type { PresetChoice, SimulatorText } from './types.ts';

interface Props {
  text: SimulatorText;
  defaults: ConversionInputs;
  presets: PresetChoice[];
}

/**
 * A signal holding a value per input. Solid's stores would track each key on its own, but cost
 * every simulator visit 2 KB of gzip; fifteen fields re-reading one small object is cheap.
 */
function createPerInput<R extends Partial<Record<InputName, unknown>>>(initial: R) {
  const [all, setAll] = createSignal<R>(initial);
  const setOne = <K extends InputName>(name: K, value: R[K]) => setAll((prev) => ({ ...prev, [name]: value }));
  return [all, setOne, setAll] as const;
}

const positionsFor = (inputs: ConversionInputs) =>
  Object.fromEntries(INPUT_NAMES.map((n) => [n, sliderPosition(n, inputs[n])])) as Record<InputName, number>;

/**
 * The customer-to-client simulator. The server renders it with the default inputs, so the
 * page's HTML already holds the default results; in the browser it reads a scenario link,
 * recomputes on every change and keeps the address bar in step.
 */
export default function ConversionSimulator(props: Props) {
  const t = props.text.interface;
  const format = createFormatters(props.text.locale, props.text.currency);
  const presetInputs = new Map(props.presets.map((p) => [p.id, p.inputs]));
  const labels = Object.fromEntries(props.text.groups.flatMap((g) => g.inputs.map((i) => [i.name, i]))) as Record<
    InputName,
    SimulatorText['groups'][number]['inputs'][number]
  >;

  const [inputs, setInputs] = createSignal<ConversionInputs>(props.defaults);
  const [positions, setPosition, setPositions] = createPerInput(positionsFor(props.defaults));
  const [drafts, setDraft, setDrafts] = createPerInput<Partial<Record<InputName, string>>>({});
  const [problems, setProblem, setProblems] = createPerInput<Partial<Record<InputName, InputProblem | null>>>({});
  const [notices, setNotices] = createSignal<string[]>([]);
  const [status, setStatus] = createSignal('');
  const [announcement, setAnnouncement] = createSignal('');
  const [tableOpen, setTableOpen] = createSignal(false);
  // Until the island runs the boxes only show the starting scenario: typing in them would change nothing.
  const [live, setLive] = createSignal(false);

  const result = createMemo(() => simulateConversion(inputs()));
  // One memo per input, so moving one slider re-renders only that field, not all fifteen.
  const valueOf = Object.fromEntries(INPUT_NAMES.map((n) => [n, createMemo(() => inputs()[n])])) as Record<InputName, () => number>;
  const activePreset = createMemo(() => {
    const id = matchingPreset(inputs(), presetInputs);
    return props.presets.find((p) => p.id === id);
  });
  const hasProblems = () => INPUT_NAMES.some((n) => problems()[n]);

  const bound = (field: InputName, value: number) => {
    const kind = INPUT_SPECS[field].kind;
    return kind === 'rate' ? format.percent(value) : kind === 'money' ? format.money(value) : format.field(field, value);
  };
  const message = (p: InputProblem) => {
    const template = {
      'not-a-number': t.invalid.notNumber,
      'out-of-range': t.invalid.outOfRange,
      'not-whole': t.invalid.notWhole,
      'rates-over-one': t.invalid.ratesOverOne,
    }[p.reason];
    return fillIn(template, { label: labels[p.field].label, min: bound(p.field, p.min), max: bound(p.field, p.max) });
  };
  const valueText = (name: InputName) => {
    const { prefix, unit } = labels[name];
    return `${prefix}${format.field(name, valueOf[name]())}${unit ? ` ${unit}` : ''}`;
  };

  // The address bar follows the scenario, a moment after the last change so a drag does not
  // flood the history API; it stays clean until the reader changes something.
  let urlTimer: ReturnType<typeof setTimeout> | undefined;
  let announceTimer: ReturnType<typeof setTimeout> | undefined;
  const writeUrl = () => {
    clearTimeout(urlTimer);
    const current = inputs();
    const isDefault = INPUT_NAMES.every((n) => current[n] === props.defaults[n]);
    // Presentation mode and other site-wide parameters outlive the scenario's own.
    replaceAddress(pageQuery(location.search, isDefault ? '' : encodeScenario(current, activePreset()?.id)));
  };
  const paybackText = () => {
    const month = result().paybackMonth;
    return month === null ? t.paybackNever : fillIn(t.paybackAt, { month });
  };
  const scenarioChanged = () => {
    setStatus('');
    clearTimeout(urlTimer);
    urlTimer = setTimeout(writeUrl, 250);
    clearTimeout(announceTimer);
    announceTimer = setTimeout(
      () => setAnnouncement(fillIn(t.announce, { difference: format.moneyChange(result().profitDifference), payback: paybackText() })),
      1000,
    );
  };
  onCleanup(() => {
    clearTimeout(urlTimer);
    clearTimeout(announceTimer);
  });

  const setInput = (name: InputName, value: number) => setInputs((prev) => ({ ...prev, [name]: value }));

  // Churn and conversion limit each other: a change to one may make the other's rejected value fine.
  const PARTNER: Partial<Record<InputName, InputName>> = { customerChurn: 'conversionRate', conversionRate: 'customerChurn' };
  const recheckPartner = (name: InputName) => {
    const other = PARTNER[name];
    if (!other || problems()[other]?.reason !== 'rates-over-one') return;
    const draft = drafts()[other];
    if (draft === undefined) setProblem(other, null);
    else acceptTyped(other, draft);
  };

  const slide = (name: InputName, position: number) => {
    let value = valueAtSlider(name, position);
    const range = allowedRange(name, inputs());
    batch(() => {
      if (value > range.max) {
        // The slider stops where churn and conversion reach 100% together, and says why.
        value = range.max;
        setProblem(name, { field: name, reason: 'rates-over-one', ...range });
        setPosition(name, sliderPosition(name, value));
      } else {
        setProblem(name, null);
        setPosition(name, position);
      }
      setDraft(name, undefined);
      setInput(name, value);
    });
    recheckPartner(name);
    scenarioChanged();
  };

  function acceptTyped(name: InputName, text: string) {
    const value = fromDisplayUnits(name, parseTypedNumber(text));
    const problem = checkInput(name, value, inputs());
    batch(() => {
      setDraft(name, text);
      setProblem(name, problem);
      if (!problem) {
        setPosition(name, sliderPosition(name, value));
        setInput(name, value);
      }
    });
    if (problem) return;
    recheckPartner(name);
    scenarioChanged();
  }

  const leave = (name: InputName) => {
    if (!problems()[name]) setDraft(name, undefined);
  };

  const apply = (next: ConversionInputs) =>
    batch(() => {
      setInputs(next);
      setPositions(positionsFor(next));
      setDrafts({});
      setProblems({});
      setNotices([]);
    });

  onMount(() => {
    setLive(true);
    if (!location.search) return;
    const decoded = decodeScenario(location.search, props.defaults, presetInputs);
    apply(decoded.inputs);
    const lines = decoded.notices.map((n) =>
      n.kind === 'unknown-preset' ? fillIn(t.unknownPreset, { id: n.id }) : fillIn(t.unknownParameter, { name: n.name }),
    );
    batch(() => {
      for (const { problem, raw } of decoded.rejected) {
        const number = Number(raw);
        setDraft(problem.field, raw.trim() !== '' && Number.isFinite(number) ? format.field(problem.field, number) : raw);
        setProblem(problem.field, problem);
        lines.push(message(problem));
      }
      setNotices(lines);
    });
  });

  const copyLink = async () => {
    writeUrl();
    setStatus((await copyText(shareableAddress())) ? t.linkCopied : t.linkNotCopied);
  };
  const download = () => downloadText(scenarioCsv(result(), props.text.table), t.csvFile, 'text/csv;charset=utf-8');
  const showTable = () => setTableOpen(true);

  return (
    <div class="simulator">
      <div class="sim-notice" role="status">
        <Show when={notices().length > 0}>
          <p>{t.linkProblems}</p>
          <ul>
            <For each={notices()}>{(line) => <li>{line}</li>}</For>
          </ul>
        </Show>
      </div>
      <ExamplePicker
        presets={props.presets}
        active={activePreset()}
        text={props.text}
        onPick={(p) => (apply(p.inputs), scenarioChanged())}
        onReset={() => (apply(props.defaults), scenarioChanged())}
      />
      <div class="sim-layout">
        <form class="sim-controls" aria-labelledby="sim-controls-title" onSubmit={(e) => e.preventDefault()}>
          <h2 id="sim-controls-title">{t.controls}</h2>
          <For each={props.text.groups}>
            {(group) => (
              <fieldset>
                <legend>{group.title}</legend>
                <For each={group.inputs}>
                  {(field) => (
                    <SimulatorField
                      name={field.name}
                      label={field.label}
                      prefix={field.prefix}
                      unit={field.unit}
                      help={field.help}
                      sliderLabel={fillIn(t.slider, { label: field.label })}
                      position={positions()[field.name]}
                      valueText={valueText(field.name)}
                      text={drafts()[field.name] ?? format.field(field.name, valueOf[field.name]())}
                      error={problems()[field.name] ? message(problems()[field.name]!) : null}
                      live={live()}
                      onSlide={(p) => slide(field.name, p)}
                      onType={(text) => acceptTyped(field.name, text)}
                      onLeave={() => leave(field.name)}
                    />
                  )}
                </For>
              </fieldset>
            )}
          </For>
        </form>
        <section class="sim-results" aria-labelledby="sim-results-title">
          <h2 id="sim-results-title">{t.results}</h2>
          <p class="sim-kept" aria-live="polite">
            <Show when={hasProblems()}>{t.kept}</Show>
          </p>
          <ResultSummary result={result()} text={props.text} format={format} metrics={HEADLINE} class="sim-summary sim-headline" />
          <RevenueChart result={result()} text={props.text} format={format} onShowTable={showTable} />
          <ResultSummary result={result()} text={props.text} format={format} metrics={DETAILS} class="sim-summary" />
          <ProfitChart result={result()} text={props.text} format={format} onShowTable={showTable} />
          <div class="sim-actions">
            <button type="button" onClick={copyLink}>
              {t.copyLink}
            </button>
            <button type="button" onClick={download}>
              {t.download}
            </button>
          </div>
          <p class="sim-status" role="status">
            {status()}
          </p>
          <p class="sr-only" aria-live="polite">
            {announcement()}
          </p>
        </section>
      </div>
      <MonthTable result={result()} text={props.text} format={format} open={tableOpen()} onToggle={setTableOpen} />
    </div>
  );
}
