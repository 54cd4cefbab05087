import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { LabContext } from './context';
import { createLabStore, initialStateFromFragment } from './store';
import { startUrlSync } from './url-sync';
import { createLabClient } from './worker-client';
import './styles.css';

const store = createLabStore(initialStateFromFragment(window.location.hash));
// A factory: a worker that crashes or is terminated is replaced by a new one.
const client = createLabClient(store, () => new Worker(new URL('../worker/lab.worker.ts', import.meta.url), { type: 'module' }));

startUrlSync(store);
client.setBackend(store.getState().config.backend);
client.loadEmbedded();
void client.refreshRuns();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <LabContext.Provider value={{ store, client }}>
      <App />
    </LabContext.Provider>
  </StrictMode>,
);
