import { applyLesson, lessonDifferences, PRESETS, PRESETS_BY_ID } from '../../experiment/presets';
import { useLab, useLabContext } from '../context';
import { Panel } from './common';

/**
 * Guided lessons. Picking one takes its experiment but keeps the dataset, the number
 * of examples and the backend, which belong to this machine rather than the lesson
 * (`applyLesson`), and puts `lesson=<id>` in the link. Editing the config afterwards
 * keeps the lesson and its text, marked "modified" with the settings that differ;
 * "No lesson" drops it.
 */
export function PresetsPanel() {
  const { store } = useLabContext();
  const lessonId = useLab((s) => s.view.lesson);
  const config = useLab((s) => s.config);
  const active = lessonId === undefined ? undefined : PRESETS_BY_ID.get(lessonId);
  const differences = active ? lessonDifferences(active, config) : [];
  const pick = (id: string) => {
    const state = store.getState();
    const preset = PRESETS_BY_ID.get(id);
    if (!preset) {
      state.setView({ lesson: undefined });
      return;
    }
    state.setConfig(applyLesson(preset, state.config));
    state.setView({ lesson: id });
  };
  return (
    <Panel id="presets" title="Guided lessons">
      <select data-testid="preset-select" aria-label="Lesson" value={active?.id ?? ''} onChange={(e) => pick(e.target.value)}>
        <option value="">{active ? 'No lesson' : 'Choose a lesson…'}</option>
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
        <div data-testid="preset-active" data-lesson={active.id} data-modified={String(differences.length > 0)}>
          <p className="lesson" data-testid="preset-lesson">
            {active.lesson}
          </p>
          {differences.length > 0 && (
            <p className="muted small" data-testid="preset-modified">
              <strong>Modified:</strong> this experiment differs from the lesson’s in {differences.join(', ')}.{' '}
              <button className="link-button" data-testid="preset-reset" onClick={() => pick(active.id)}>
                Back to the lesson’s settings
              </button>
            </p>
          )}
        </div>
      ) : (
        <p className="muted">Each lesson sets up an experiment from the surveys; it keeps your dataset, example counts and backend.</p>
      )}
    </Panel>
  );
}
