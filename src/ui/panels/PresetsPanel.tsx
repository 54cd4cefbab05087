import { PRESETS } from '../../experiment/presets';
import { useLab, useLabContext } from '../context';
import { Panel } from './common';

/**
 * Guided lessons. Picking one takes its experiment but keeps the dataset, the number
 * of examples and the backend, which belong to this machine rather than the lesson;
 * a lesson that names its number of examples (the CNN one) sets it where the page
 * uses them all.
 */
export function PresetsPanel() {
  const { store } = useLabContext();
  const presetId = useLab((s) => s.view.presetId);
  const active = PRESETS.find((p) => p.id === presetId);
  const pick = (id: string) => {
    const preset = PRESETS.find((p) => p.id === id);
    if (!preset) return;
    const state = store.getState();
    const current = state.config;
    const limit = (mine: number, lesson: number) => (mine > 0 ? mine : lesson);
    const dataset = {
      ...current.dataset,
      trainLimit: limit(current.dataset.trainLimit, preset.config.dataset.trainLimit),
      testLimit: limit(current.dataset.testLimit, preset.config.dataset.testLimit),
    };
    state.setConfig({ ...structuredClone(preset.config), dataset, backend: current.backend });
    state.setView({ presetId: id });
  };
  return (
    <Panel id="presets" title="Guided lessons">
      <select data-testid="preset-select" aria-label="Lesson" value={presetId ?? ''} onChange={(e) => pick(e.target.value)}>
        <option value="" disabled>
          Choose a lesson…
        </option>
        {[...new Set(PRESETS.map((p) => p.group))].map((group) => (
          <optgroup key={group} label={group}>
            {PRESETS.filter((p) => p.group === group).map((p) => (
              <option key={p.id} value={p.id}>
                {p.title}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
      {active ? (
        <p className="lesson" data-testid="preset-lesson">
          {active.lesson}
        </p>
      ) : (
        <p className="muted">Each lesson sets up an experiment from the surveys; it keeps your dataset, example counts and backend.</p>
      )}
    </Panel>
  );
}
