/** Stable dataset ids (they appear in links). */
export const DATASET_IDS = ['mnist', 'fashion-mnist', 'cifar10'] as const;
export type DatasetId = (typeof DATASET_IDS)[number];

/** The IDX-format datasets (28×28 grayscale, same file layout). */
export type IdxDatasetId = Exclude<DatasetId, 'cifar10'>;

/** One split of a dataset, stored as raw bytes. */
export interface Split {
  /** `count` images of H×W×C bytes each, HWC channel-interleaved, raw 0..255. */
  images: Uint8Array;
  /** `count` class indices, each in 0..9. */
  labels: Uint8Array;
  /** Number of images (and labels). */
  count: number;
}

/** A complete dataset: both splits plus the facts needed to train on them. */
export interface Dataset {
  id: DatasetId;
  /** Display name, e.g. `MNIST`. */
  name: string;
  /** Image shape `[height, width, channels]`. */
  imageShape: [number, number, number];
  /** One display name per class index. */
  classNames: string[];
  train: Split;
  test: Split;
  /** Human-readable provenance, e.g. which files or URL the splits came from. */
  source: string;
}

/** Every supported dataset has ten classes. */
export const CLASS_COUNT = 10;

/** MNIST class names: the digits. */
export const MNIST_CLASS_NAMES: readonly string[] = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];

/** Fashion-MNIST class names, in label order (as published by Zalando Research). */
export const FASHION_MNIST_CLASS_NAMES: readonly string[] = [
  'T-shirt/top',
  'Trouser',
  'Pullover',
  'Dress',
  'Coat',
  'Sandal',
  'Shirt',
  'Sneaker',
  'Bag',
  'Ankle boot',
];

/** CIFAR-10 class names, in label order (as in the tarball's `batches.meta.txt`). */
export const CIFAR10_CLASS_NAMES: readonly string[] = [
  'airplane',
  'automobile',
  'bird',
  'cat',
  'deer',
  'dog',
  'frog',
  'horse',
  'ship',
  'truck',
];

/** Static facts about each dataset: display name, image shape and class names. */
export const DATASET_INFO: Readonly<
  Record<DatasetId, { name: string; imageShape: [number, number, number]; classNames: readonly string[] }>
> = {
  mnist: { name: 'MNIST', imageShape: [28, 28, 1], classNames: MNIST_CLASS_NAMES },
  'fashion-mnist': { name: 'Fashion-MNIST', imageShape: [28, 28, 1], classNames: FASHION_MNIST_CLASS_NAMES },
  cifar10: { name: 'CIFAR-10', imageShape: [32, 32, 3], classNames: CIFAR10_CLASS_NAMES },
};

/** A file's name and its complete contents. */
export interface NamedBytes {
  name: string;
  bytes: Uint8Array;
}

/** Download progress: bytes received so far and, when the server said, the total expected. */
export type ProgressCallback = (loaded: number, total?: number) => void;
