import { useState } from 'react';
import { DATASET_IDS, type ExperimentConfig } from '../../experiment/config';
import { useClient, useLab, useLabContext } from '../context';
import { withArchitecture } from '../../experiment/widths';
import { datasetName, parseDatasetUrls } from '../config-edit';
import { Control, ControlGroup } from './common';
import { NumberField, SelectField } from './fields';

type DatasetId = ExperimentConfig['dataset']['id'];

const FILE_HINTS: Record<DatasetId, string> = {
  mnist: 'Embedded; or the four MNIST IDX files (.gz or raw) by file, drag and drop or URLs (separated by spaces).',
  'fashion-mnist': 'Load the four Fashion-MNIST IDX files (train/t10k images and labels, .gz or raw) by file, drag and drop or URLs (separated by spaces).',
  cifar10: 'Load cifar-10-binary.tar.gz (the binary version) by file, drag and drop or URL.',
};

function LoadProgress() {
  const dataset = useLab((s) => s.dataset);
  const p = dataset.progress;
  if (!dataset.loading || !p) return null;
  const fraction = p.total ? Math.min(1, p.loaded / p.total) : undefined;
  return (
    <div className="load-progress" data-testid="dataset-progress">
      <progress max={1} value={fraction} />
      <span>
        {p.message}
        {fraction !== undefined ? ` ${Math.round(fraction * 100)}%` : ''}
      </span>
    </div>
  );
}

function DatasetStatusLine() {
  const dataset = useLab((s) => s.dataset);
  const wanted = useLab((s) => s.config.dataset.id);
  const info = dataset.info;
  return (
    <div className="dataset-status" data-testid="dataset-status">
      {info ? (
        <span>
          Loaded: <strong>{info.name}</strong> ({info.trainCount.toLocaleString()} train{info.complete ? '' : ' so far'}, {info.testCount.toLocaleString()} test)
          <span className="dataset-source" data-testid="dataset-source">
            {info.source}
          </span>
        </span>
      ) : (
        <span>No dataset loaded yet.</span>
      )}
      {info && info.id !== wanted && <p className="control-error">The experiment asks for {datasetName(wanted)}: {FILE_HINTS[wanted]}</p>}
      {dataset.error && (
        <p className="control-error" role="alert" data-testid="dataset-error">
          Loading failed: {dataset.error} {info ? `(${info.name} stays loaded)` : ''}
        </p>
      )}
    </div>
  );
}

/** Dataset choice and loading: embedded MNIST, files by picker or drag and drop, or a URL. */
export function DatasetSection() {
  const { store } = useLabContext();
  const client = useClient();
  const config = useLab((s) => s.config);
  const loadedId = useLab((s) => s.dataset.info?.id);
  const held = useLab((s) => s.dataset.info?.held) ?? [];
  const [url, setUrl] = useState('');
  const [urlError, setUrlError] = useState<string>();
  const [dragging, setDragging] = useState(false);
  const edit = store.getState().editConfig;
  const id = config.dataset.id;

  return (
    <>
      <ControlGroup id="config-dataset" title="Dataset">
        <Control label="Dataset" hint={FILE_HINTS[id]}>
          <SelectField<DatasetId>
            field="dataset"
            value={id}
            options={DATASET_IDS.map((d) => ({ value: d, label: held.includes(d) ? `${datasetName(d)} (loaded)` : datasetName(d) }))}
            onChange={(d) => {
              edit((c) => withArchitecture({ ...c, dataset: { ...c.dataset, id: d } }, d === 'cifar10' && c.architecture === 'cnn-small' ? 'cnn-cifar' : c.architecture));
              if (d === loadedId) return;
              // A dataset loaded before is kept by the worker: choosing it makes it active again.
              if (held.includes(d)) client.selectDataset(d);
              else if (d === 'mnist') client.loadEmbedded();
            }}
          />
        </Control>
        <DatasetStatusLine />
        <LoadProgress />
        <div
          className={`drop-zone ${dragging ? 'dragging' : ''}`}
          data-testid="dataset-drop"
          onDragOver={(e) => {
            e.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={(e) => {
            e.preventDefault();
            setDragging(false);
            const files = [...e.dataTransfer.files];
            if (files.length) client.loadFiles(files, id);
          }}
        >
          <label className="file-button">
            Choose files…
            <input
              type="file"
              multiple
              data-testid="dataset-files"
              onChange={(e) => {
                const files = [...(e.target.files ?? [])];
                if (files.length) client.loadFiles(files, id);
                e.target.value = '';
              }}
            />
          </label>
          <span> or drop them here</span>
        </div>
        <form
          className="url-load"
          onSubmit={(e) => {
            e.preventDefault();
            const parsed = parseDatasetUrls(url, document.baseURI);
            if ('error' in parsed) {
              setUrlError(parsed.error);
              return;
            }
            setUrlError(undefined);
            client.loadUrls(parsed.urls, id);
          }}
        >
          <input
            type="text"
            placeholder="https://…/cifar-10-binary.tar.gz"
            value={url}
            onChange={(e) => {
              setUrl(e.target.value);
              setUrlError(undefined);
            }}
            data-testid="dataset-url"
            aria-label="Dataset URLs"
            title="One URL for the CIFAR-10 tarball; for IDX files, their URLs separated by spaces"
          />
          <button type="submit" disabled={!url.trim()} data-testid="dataset-url-load">
            Load URL
          </button>
        </form>
        {urlError && (
          <p className="control-error" role="alert" data-testid="dataset-url-error">
            {urlError}
          </p>
        )}
        {id === 'mnist' && loadedId !== 'mnist' && (
          <button onClick={() => client.loadEmbedded()} data-testid="load-embedded">
            Load embedded MNIST
          </button>
        )}
      </ControlGroup>
      <ControlGroup id="config-data-limits" title="Examples used">
        <Control label="Training examples (0 = all)">
          <NumberField field="ntrain" value={config.dataset.trainLimit} min={0} max={60000} integer onCommit={(v) => edit((c) => ({ ...c, dataset: { ...c.dataset, trainLimit: v } }))} />
        </Control>
        <Control label="Test examples (0 = all)">
          <NumberField field="ntest" value={config.dataset.testLimit} min={0} max={10000} integer onCommit={(v) => edit((c) => ({ ...c, dataset: { ...c.dataset, testLimit: v } }))} />
        </Control>
      </ControlGroup>
    </>
  );
}
