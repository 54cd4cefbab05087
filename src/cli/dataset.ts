import { loadCifarTarball, loadEmbeddedMnistNode, loadMnistDir } from '../data/node-loaders';
import { replaceSplits } from '../data/idx';
import { DATASET_INFO, type Dataset } from '../data/types';
import type { ExperimentConfig } from '../experiment/config';
import { UsageError } from './args';

/** The dataset a config trains on: the embedded MNIST, IDX files from `--mnist-idx DIR`, or the `--cifar10` tarball. */
export async function loadDataset(config: ExperimentConfig, mnistDir: string | undefined, cifarPath: string | undefined): Promise<Dataset> {
  const id = config.dataset.id;
  if (id === 'cifar10') {
    if (mnistDir) throw new UsageError('--mnist-idx does not apply to a cifar10 config');
    if (!cifarPath) throw new UsageError('a cifar10 config needs --cifar10 TARBALL (the CIFAR-10 binary tarball)');
    return loadCifarTarball(cifarPath);
  }
  if (cifarPath) throw new UsageError(`--cifar10 does not apply to a ${id} config`);
  if (id === 'fashion-mnist' && !mnistDir) throw new UsageError('a fashion-mnist config needs --mnist-idx DIR with its IDX files');
  const embedded = await loadEmbeddedMnistNode();
  if (!mnistDir) return embedded;
  const found = await loadMnistDir(mnistDir, id);
  const { name, classNames } = DATASET_INFO[id];
  return replaceSplits({ ...embedded, id, name, classNames: [...classNames] }, found, mnistDir);
}
