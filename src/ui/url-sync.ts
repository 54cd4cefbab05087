import { encodeConfig } from '../experiment/url';
import { initialStateFromFragment, type LabStore } from './store';

/** The fragment (without `#`) the page's link carries for the current state. */
export function fragmentOf(store: LabStore): string {
  const { config, view } = store.getState();
  return encodeConfig(config, { hide: view.hide, lesson: view.lesson });
}

/** The full shareable link of the current state. */
export function shareLink(store: LabStore, location: Pick<Location, 'origin' | 'pathname'>): string {
  return `${location.origin}${location.pathname}#${fragmentOf(store)}`;
}

/**
 * Keeps the address bar's fragment equal to the config, hidden panels and lesson (replaceState,
 * so no history entries), and applies a fragment typed or pasted into the address bar.
 * Returns the function that stops both.
 */
export function startUrlSync(store: LabStore, win: Window = window): () => void {
  let written = win.location.hash.replace(/^#/, '');
  let timer: ReturnType<typeof setTimeout> | undefined;
  const write = () => {
    timer = undefined;
    const fragment = fragmentOf(store);
    if (fragment === written) return;
    written = fragment;
    win.history.replaceState(win.history.state, '', `#${fragment}`);
  };
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.config === previous.config && state.view.hide === previous.view.hide && state.view.lesson === previous.view.lesson) return;
    if (timer === undefined) timer = setTimeout(write, 50);
  });
  const onHashChange = () => {
    const fragment = win.location.hash.replace(/^#/, '');
    if (fragment === written) return;
    written = fragment;
    const next = initialStateFromFragment(fragment);
    const state = store.getState();
    state.setConfig(next.config);
    state.setView({ hide: next.view.hide, lesson: next.view.lesson });
    for (const notice of next.notices) state.addNotice(notice);
  };
  win.addEventListener('hashchange', onHashChange);
  write();
  return () => {
    unsubscribe();
    win.removeEventListener('hashchange', onHashChange);
    if (timer !== undefined) clearTimeout(timer);
  };
}
