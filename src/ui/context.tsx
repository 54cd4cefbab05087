import { createContext, useContext, useMemo } from 'react';
import { DATASET_INFO } from '../data/types';
import { useStore } from 'zustand';
import type { LabState, LabStore } from './store';
import type { LabClient } from './worker-client';

export interface Lab {
  store: LabStore;
  client: LabClient;
}

export const LabContext = createContext<Lab | null>(null);

export function useLabContext(): Lab {
  const lab = useContext(LabContext);
  if (!lab) throw new Error('LabContext is missing');
  return lab;
}

/** Subscribes a component to one slice of the lab's state. */
export function useLab<T>(selector: (state: LabState) => T): T {
  return useStore(useLabContext().store, selector);
}

export const useClient = () => useLabContext().client;

/**
 * The image shape of the configured dataset: the loaded one's when it matches, else the
 * usual shape. Stable across dataset progress messages, so tables do not re-render.
 */
export function useImageShape(): [number, number, number] {
  const key = useLab((s) => (s.dataset.info?.id === s.config.dataset.id ? s.dataset.info.imageShape : DATASET_INFO[s.config.dataset.id].imageShape).join('x'));
  return useMemo(() => key.split('x').map(Number) as [number, number, number], [key]);
}
