import { describe, expect, it, vi } from 'vitest';
import { defaultConfig } from '../experiment/defaults';
import { decodeConfig, encodeConfig } from '../experiment/url';
import { Coalescer } from './coalescer';
import { createRun } from './run-state';
import { createLabStore, initialStateFromFragment } from './store';
import { fragmentOf, startUrlSync } from './url-sync';

describe('initialStateFromFragment', () => {
  it('opens a valid link with its config and hidden panels, without notices', () => {
    const config = defaultConfig();
    config.epochs = 1;
    config.dataset.trainLimit = 300;
    const state = initialStateFromFragment(`#${encodeConfig(config, { hide: ['explain', 'config-optimizer'] })}`);
    expect(state.config).toEqual(config);
    expect(state.view.hide).toEqual(['explain', 'config-optimizer']);
    expect(state.notices).toEqual([]);
  });

  it('opens a malformed link with defaults for what was bad and one notice listing the resets', () => {
    const state = initialStateFromFragment('#v=1&lr=abc&wq=nope&wb=77&epochs=2&hide=explain,nonsense');
    expect(state.config.epochs).toBe(2);
    expect(state.config.optimizer.learningRate).toBe(defaultConfig().optimizer.learningRate);
    expect(state.config.quant.weight.quantizer).toBe(defaultConfig().quant.weight.quantizer);
    expect(state.view.hide).toEqual(['explain']);
    expect(state.notices).toHaveLength(1);
    const text = state.notices[0].lines.join(' ');
    expect(state.notices[0].lines).toEqual([
      'Weight quantizer "nope" is not valid; using XNOR-Net (BWN).',
      'Weight bits 77 is not valid for XNOR-Net (BWN), which takes 1 bit; using 1.',
      'Learning rate "abc" is not valid; using 0.001.',
      'Unknown panel or control "nonsense" in the hidden panels (hide); ignored.',
    ]);
    expect(text).toContain('nonsense');
  });

  it('refuses a link of an unknown version as a whole, with one notice', () => {
    const state = initialStateFromFragment('#v=99&epochs=2&hide=explain');
    expect(state.config).toEqual(defaultConfig());
    expect(state.view.hide).toEqual([]);
    expect(state.notices).toMatchObject([{ id: 'link-reset', title: 'This link could not be opened', lines: [expect.stringMatching(/^Unsupported link version "99"/)] }]);
  });
});

describe('lab store', () => {
  it('applies run events only to the run they belong to', () => {
    const store = createLabStore(initialStateFromFragment(''));
    store.getState().startRun(createRun('a', 'a', defaultConfig(), 0));
    store.getState().applyRunEvents('b', [{ type: 'evaluation', label: 'float', phase: 'float', testAccuracy: 0.5, testLoss: 1, step: 10, epoch: 1 }]);
    expect(store.getState().run?.evaluations).toEqual({});
    store.getState().applyRunEvents('a', [{ type: 'evaluation', label: 'float', phase: 'float', testAccuracy: 0.5, testLoss: 1, step: 10, epoch: 1 }]);
    expect(store.getState().run?.evaluations).toEqual({ float: 0.5 });
  });

  it('pauses and resumes, accumulating the paused time', () => {
    const store = createLabStore(initialStateFromFragment(''));
    store.getState().startRun(createRun('a', 'a', defaultConfig(), 0));
    store.getState().setPaused(true, 100);
    expect(store.getState().run?.status).toBe('paused');
    store.getState().setPaused(false, 400);
    expect(store.getState().run).toMatchObject({ status: 'running', pausedMs: 300, pausedAt: undefined });
  });

  it('drops selections of runs that are gone', () => {
    const store = createLabStore(initialStateFromFragment(''));
    store.getState().toggleRunSelected('x');
    store.getState().toggleRunSelected('y');
    store.getState().setRuns([]);
    expect(store.getState().selectedRunIds).toEqual([]);
  });
});

function fakeWindow(hash: string) {
  const listeners = new Map<string, () => void>();
  const win = {
    location: { hash },
    history: {
      state: null,
      replaceState: vi.fn((_state: unknown, _title: string, url: string) => {
        win.location.hash = url;
      }),
    },
    addEventListener: (type: string, fn: () => void) => listeners.set(type, fn),
    removeEventListener: (type: string) => listeners.delete(type),
  };
  return { win, listeners };
}

describe('URL sync', () => {
  it('writes every config change to the fragment with replaceState and applies a pasted fragment', async () => {
    vi.useFakeTimers();
    const store = createLabStore(initialStateFromFragment(''));
    const { win, listeners } = fakeWindow('');
    const stop = startUrlSync(store, win as unknown as Window);
    store.getState().editConfig((c) => ({ ...c, seed: 7 }));
    store.getState().setView({ hide: ['runs'] });
    vi.advanceTimersByTime(100);
    const written = win.location.hash.replace(/^#/, '');
    expect(written).toBe(fragmentOf(store));
    expect(decodeConfig(written)).toMatchObject({ config: { seed: 7 }, view: { hide: ['runs'] } });

    const other = defaultConfig();
    other.epochs = 9;
    win.location.hash = `#${encodeConfig(other)}`;
    listeners.get('hashchange')?.();
    expect(store.getState().config.epochs).toBe(9);
    expect(store.getState().view.hide).toEqual([]);
    stop();
    vi.useRealTimers();
  });

  it('a chosen lesson goes into the link; a pasted link sets or clears it', () => {
    vi.useFakeTimers();
    const store = createLabStore(initialStateFromFragment('#v=1&epochs=3&lesson=twn'));
    expect(store.getState().view.lesson).toBe('twn');
    const { win, listeners } = fakeWindow('#v=1&epochs=3&lesson=twn');
    const stop = startUrlSync(store, win as unknown as Window);
    store.getState().setView({ lesson: 'bnn' });
    vi.advanceTimersByTime(100);
    expect(new URLSearchParams(win.location.hash.slice(1)).get('lesson')).toBe('bnn');
    store.getState().setView({ lesson: undefined });
    vi.advanceTimersByTime(100);
    expect(win.location.hash).not.toContain('lesson');

    win.location.hash = '#v=1&lesson=ttq';
    listeners.get('hashchange')?.();
    expect(store.getState().view.lesson).toBe('ttq');
    win.location.hash = '#v=1&lesson=nope';
    listeners.get('hashchange')?.();
    expect(store.getState().view.lesson).toBeUndefined();
    expect(store.getState().notices.map((n) => n.lines).flat()).toContain('Unknown lesson "nope" in the link; no lesson text is shown.');
    stop();
    vi.useRealTimers();
  });
});

describe('Coalescer', () => {
  it('delivers queued items in one batch per interval, or at once on flushNow', () => {
    vi.useFakeTimers();
    const batches: number[][] = [];
    const c = new Coalescer<number>((items) => batches.push(items), 250);
    c.push(1);
    c.push(2);
    expect(batches).toEqual([]);
    vi.advanceTimersByTime(250);
    expect(batches).toEqual([[1, 2]]);
    c.push(3);
    c.flushNow();
    vi.advanceTimersByTime(1000);
    expect(batches).toEqual([[1, 2], [3]]);
    vi.useRealTimers();
  });
});
