/**
 * The accuracy matrix of `npm run bench:accuracy`: every row is a share link (seed 1;
 * the runner trains seeds 1..N), a stable id `dataset/architecture/name`, the id of
 * the float row it is compared with, and group tags (`claim:…`, `group:…`,
 * `target:…`) for later analyses.
 */

/** Link keys of `src/experiment/url.ts`, e.g. `{ wq: 'dorefa', wb: 2 }`. */
export type LinkKeys = Record<string, string | number>;

export interface MatrixRow {
  id: string;
  title: string;
  /** Share-link fragment without `#`, as written here (the runner normalises it). */
  link: string;
  /** Id of the float row of the same setting; absent on float rows. */
  baseline?: string;
  tags: string[];
}

/** Dataset, architecture and training budget shared by the rows compared with one float row. */
interface Setting {
  prefix: string;
  keys: LinkKeys;
}

const FLOAT: LinkKeys = { wq: 'none', wb: 32, aq: 'none', ab: 32, est: 'ste' };
/** XNOR-Net weights, sign activations, ApproxSign: the lab's default binary network. */
const BNN: LinkKeys = { wq: 'xnor', wb: 1, aq: 'sign', ab: 1, est: 'approx-sign' };
/**
 * Every layer's weights binary, the first layer's input left as pixels: BinaryNet's
 * convention (its binary first layer takes 8-bit pixels, as the datasets' are), where
 * `ff: 0` alone would also binarize the pixels.
 */
const BINARY_EDGES: LinkKeys = { ff: 0, layers: '0:a.none.32' };
const BINARY_EDGES_TITLE = 'binary network, first and last layers binary too, the pixels not binarized';
const WEIGHTS_ONLY: LinkKeys = { aq: 'none', ab: 32 };
const ACTIVATIONS_ONLY: LinkKeys = { wq: 'none', wb: 32 };
/** Uniform weights and affine activations: the PTQ-vs-QAT pair of the lessons. */
const uniformAffine = (bits: number): LinkKeys => ({ wq: 'uniform', wb: bits, aq: 'affine', ab: bits, est: 'ste', cal: 20 });

function toLink(keys: LinkKeys): string {
  return ['v=1', ...Object.entries(keys).map(([k, v]) => `${k}=${v}`)].join('&');
}

class MatrixBuilder {
  readonly rows: MatrixRow[] = [];

  /** Adds the float row of a setting and returns its id. */
  float(setting: Setting, name: string, tags: string[] = []): string {
    const id = `${setting.prefix}/${name}`;
    this.rows.push({ id, title: `float32 (${setting.keys.epochs} epochs)`, link: toLink({ ...setting.keys, ...FLOAT }), tags: ['float', ...tags] });
    return id;
  }

  add(setting: Setting, baseline: string, name: string, title: string, keys: LinkKeys, tags: string[]): void {
    this.rows.push({ id: `${setting.prefix}/${name}`, title, link: toLink({ ...setting.keys, ...keys }), baseline, tags });
  }
}

/**
 * MNIST `mlp` (784-256-256-10, first and last layers float unless a row says otherwise).
 * Binary and ternary rows train 10 epochs against a 10-epoch float row; the others
 * 5 epochs against a 5-epoch float row. Rows the done-when targets name come first, so
 * a partial run has them.
 */
function mnistMlp(m: MatrixBuilder): void {
  const short: Setting = { prefix: 'mnist/mlp', keys: { data: 'mnist', arch: 'mlp', epochs: 5 } };
  const long: Setting = { prefix: 'mnist/mlp', keys: { data: 'mnist', arch: 'mlp', epochs: 10 } };
  const float5 = m.float(short, 'float');
  m.add(short, float5, 'qat-4', 'uniform 4-bit weights, affine 4-bit activations, QAT', uniformAffine(4), [
    'claim:qat-vs-ptq', 'claim:weights-vs-activations', 'target:4bit-wa',
  ]);
  const float10 = m.float(long, 'float-10ep');
  m.add(long, float10, 'bnn', 'binary network: XNOR weights, sign activations, ApproxSign', BNN, [
    'group:binary', 'claim:estimators', 'claim:regularizers', 'claim:first-last-float', 'target:binary-hidden',
  ]);
  m.add(long, float10, 'w-twn', 'TWN ternary weights', { wq: 'twn', wb: 2, est: 'ste', ...WEIGHTS_ONLY }, ['group:ternary', 'target:ternary']);
  m.add(short, float5, 'ptq-4', 'uniform 4-bit weights, affine 4-bit activations, PTQ', { ...uniformAffine(4), mode: 'ptq' }, ['claim:qat-vs-ptq']);
  for (const bits of [8, 2]) {
    m.add(short, float5, `ptq-${bits}`, `uniform ${bits}-bit weights, affine ${bits}-bit activations, PTQ`, { ...uniformAffine(bits), mode: 'ptq' }, ['claim:qat-vs-ptq']);
    m.add(short, float5, `qat-${bits}`, `uniform ${bits}-bit weights, affine ${bits}-bit activations, QAT`, uniformAffine(bits), [
      'claim:qat-vs-ptq', ...(bits === 2 ? ['claim:weights-vs-activations'] : []),
    ]);
  }

  for (const [quantizer, title] of [['sign', 'sign'], ['xnor', 'XNOR-Net'], ['stochastic-sign', 'stochastic sign']] as const) {
    m.add(long, float10, `w-${quantizer}`, `${title} binary weights`, { wq: quantizer, wb: 1, est: 'approx-sign', ...WEIGHTS_ONLY }, ['group:binary', 'group:weight-quantizers']);
  }
  // Loss-aware binarization: XNOR-Net's ±α with α weighted by Adam's second moment; the Bayesian layer's own gradient ignores the estimator.
  m.add(long, float10, 'w-lab', 'LAB binary weights (curvature-weighted α)', { wq: 'lab', wb: 1, est: 'approx-sign', ...WEIGHTS_ONLY }, ['group:binary', 'group:weight-quantizers']);
  m.add(long, float10, 'w-bayes-binary', 'Bayesian binary weights (Bernoulli, mode at test)', { wq: 'bayes-binary', wb: 1, est: 'ste', ...WEIGHTS_ONLY }, ['group:binary', 'group:weight-quantizers']);
  m.add(long, float10, 'bnn-lab', 'binary network with LAB weights, sign activations, ApproxSign', { ...BNN, wq: 'lab' }, ['group:binary']);
  for (const [quantizer, title] of [['ttq', 'TTQ'], ['stochastic-ternary', 'stochastic ternary']] as const) {
    m.add(long, float10, `w-${quantizer}`, `${title} ternary weights`, { wq: quantizer, wb: 2, est: 'ste', ...WEIGHTS_ONLY }, ['group:ternary', 'group:weight-quantizers']);
  }
  for (const bits of [2, 4]) {
    for (const quantizer of ['uniform', 'dorefa', 'affine', 'log2', 'kmeans', 'lqnet']) {
      m.add(short, float5, `w-${quantizer}-${bits}`, `${quantizer} ${bits}-bit weights`, { wq: quantizer, wb: bits, est: 'ste', ...WEIGHTS_ONLY }, [
        'group:weight-quantizers', ...(quantizer === 'uniform' ? ['claim:weights-vs-activations'] : []),
      ]);
    }
    // ABC-Net stores M bits per weight: M binary bases stand for M bits.
    m.add(short, float5, `w-abc-${bits}`, `ABC-Net weights, ${bits} bases`, { wq: 'abc', wb: 1, wp: `bases:${bits}`, est: 'ste', ...WEIGHTS_ONLY }, ['group:weight-quantizers']);
  }
  for (const bits of [2, 4]) {
    for (const quantizer of ['pact', 'hwgq']) {
      m.add(short, float5, `a-${quantizer}-${bits}`, `${quantizer} ${bits}-bit activations`, { aq: quantizer, ab: bits, est: 'ste', ...ACTIVATIONS_ONLY }, ['group:activation-quantizers']);
    }
    m.add(short, float5, `a-affine-${bits}`, `affine ${bits}-bit activations`, { aq: 'affine', ab: bits, est: 'ste', cal: 20, ...ACTIVATIONS_ONLY }, ['claim:weights-vs-activations']);
  }

  for (const estimator of ['ste', 'clipped-ste', 'ede', 'swish-sign']) {
    m.add(long, float10, `bnn-est-${estimator}`, `binary network, ${estimator} estimator`, { ...BNN, est: estimator }, ['group:binary', 'claim:estimators']);
  }
  const regularizers: [string, LinkKeys][] = [
    ['l2', {}],
    ['binary', {}],
    // Period 2 with a grid point at 1: zero penalty at ±1.
    ['periodic', { regp: 'step:2,offset:1' }],
    ['level-distance', {}],
  ];
  for (const [regularizer, params] of regularizers) {
    m.add(long, float10, `bnn-reg-${regularizer}`, `binary network, ${regularizer} regularizer λ = 1e-5`, { ...BNN, reg: regularizer, lam: 0.00001, ...params }, [
      'group:binary', 'claim:regularizers',
    ]);
  }
  // The same pulls on unscaled sign weights, whose levels ±1 are the regularizers' own targets.
  m.add(long, float10, 'bnn-sign', 'binary network with unscaled sign weights (levels ±1)', { ...BNN, wq: 'sign' }, ['group:binary', 'claim:regularizers']);
  for (const [regularizer, params] of regularizers.filter(([r]) => r === 'binary' || r === 'periodic')) {
    m.add(long, float10, `bnn-sign-reg-${regularizer}`, `binary network with sign weights, ${regularizer} regularizer λ = 1e-5`, { ...BNN, wq: 'sign', reg: regularizer, lam: 0.00001, ...params }, [
      'group:binary', 'claim:regularizers',
    ]);
  }
  m.add(long, float10, 'bnn-all-quantized', 'binary network, first and last layers binary too', { ...BNN, ff: 0 }, ['group:binary', 'claim:first-last-float']);
  m.add(long, float10, 'bnn-binary-edges', BINARY_EDGES_TITLE, { ...BNN, ...BINARY_EDGES }, ['group:binary', 'claim:first-last-float']);
  // Issue 10: product quantization after float training, and DoReFa's k-bit gradients.
  for (const [bits, dim] of [[8, 4], [8, 2], [4, 4]] as const) {
    m.add(short, float5, `ptq-pq-${bits}-${dim}`, `product quantization of the weights (2^${bits} codewords of ${dim} weights), PTQ`, { wq: 'pq', wb: bits, wp: `dim:${dim}`, est: 'ste', ...WEIGHTS_ONLY, mode: 'ptq' }, ['group:weight-quantizers', 'group:issue-10']);
  }
  m.add(short, float5, 'ptq-pq-8-4-all-quantized', 'product quantization (2^8 codewords of 4 weights) of every layer, PTQ', { wq: 'pq', wb: 8, wp: 'dim:4', est: 'ste', ...WEIGHTS_ONLY, mode: 'ptq', ff: 0 }, ['group:issue-10', 'claim:first-last-float']);
  for (const bits of [8, 4]) {
    m.add(short, float5, `float-gb-${bits}`, `float network, DoReFa ${bits}-bit gradients`, { ...FLOAT, gb: bits }, ['group:gradients', 'group:issue-10']);
  }
  m.add(long, float10, 'bnn-gb-8', 'binary network, DoReFa 8-bit gradients', { ...BNN, gb: 8 }, ['group:binary', 'group:gradients', 'group:issue-10']);
  // Training methods on 3-bit weights, against standard QAT with the same weights (w-uniform-3, w-log2-3).
  const weights3 = (wq: string): LinkKeys => ({ wq, wb: 3, est: 'ste', ...WEIGHTS_ONLY });
  m.add(short, float5, 'w-uniform-3', 'uniform 3-bit weights, standard QAT', weights3('uniform'), ['group:training-methods']);
  m.add(short, float5, 'w-log2-3', 'log2 3-bit weights, standard QAT', weights3('log2'), ['group:training-methods']);
  for (const [method, title] of [['slq', 'SLQ'], ['inq', 'INQ'], ['admm', 'ADMM']] as const) {
    m.add(short, float5, `tm-${method}-uniform-3`, `uniform 3-bit weights, ${title} training`, { ...weights3('uniform'), tm: method }, ['group:training-methods']);
  }
  // MLQ goes layer by layer: with only the middle layer quantized it is SLQ, so all three layers are.
  m.add(short, float5, 'w-uniform-3-all-quantized', 'uniform 3-bit weights in every layer, standard QAT', { ...weights3('uniform'), ff: 0 }, ['group:training-methods']);
  m.add(short, float5, 'tm-mlq-uniform-3-all-quantized', 'uniform 3-bit weights in every layer, MLQ training', { ...weights3('uniform'), ff: 0, tm: 'mlq' }, ['group:training-methods']);
  m.add(short, float5, 'tm-eslq-log2-3', 'log2 3-bit weights, ESLQ training', { ...weights3('log2'), tm: 'eslq' }, ['group:training-methods']);
  // BSQ starts from 8 bit planes and drops bits; against standard QAT at 8 bits.
  const weights8: LinkKeys = { wq: 'uniform', wb: 8, est: 'ste', ...WEIGHTS_ONLY };
  m.add(short, float5, 'w-uniform-8', 'uniform 8-bit weights, standard QAT', weights8, ['group:training-methods']);
  m.add(short, float5, 'tm-bsq-uniform-8', 'BSQ bit planes from 8 bits, group Lasso drops bits', { ...weights8, tm: 'bsq' }, ['group:training-methods', 'group:issue-10']);
  m.add(short, float5, 'qat-4-all-quantized', 'uniform/affine 4-bit QAT, first and last layers quantized too', { ...uniformAffine(4), ff: 0 }, ['claim:first-last-float']);
  // Guo's BinaryNet example, with the widest mlp the lab offers (784-2048×4-10, 14.2 M weights;
  // roughly 20 min per epoch on this 2-core machine): last, as the slowest row.
  m.add(short, float5, 'bnn-widest', 'binary network 784-2048×4-10 (the widest mlp), XNOR weights, sign activations, ApproxSign', { ...BNN, units: '2048,2048,2048,2048' }, [
    'group:binary', 'claim:binary-mnist',
  ]);
}

/** The CNNs: a smaller set of the same comparisons. */
function cnn(m: MatrixBuilder, setting: Setting): void {
  const float = m.float(setting, 'float');
  m.add(setting, float, 'bnn', 'binary network: XNOR weights, sign activations, ApproxSign', BNN, ['group:binary', 'claim:first-last-float']);
  m.add(setting, float, 'bnn-all-quantized', 'binary network, first and last layers binary too', { ...BNN, ff: 0 }, ['group:binary', 'claim:first-last-float']);
  m.add(setting, float, 'bnn-binary-edges', BINARY_EDGES_TITLE, { ...BNN, ...BINARY_EDGES }, ['group:binary', 'claim:first-last-float']);
  m.add(setting, float, 'w-twn', 'TWN ternary weights', { wq: 'twn', wb: 2, est: 'ste', ...WEIGHTS_ONLY }, ['group:ternary']);
  m.add(setting, float, 'dorefa-2', 'DoReFa 2-bit weights and activations', { wq: 'dorefa', wb: 2, aq: 'dorefa-act', ab: 2, est: 'ste' }, ['group:multi-bit']);
  m.add(setting, float, 'dorefa-pact-4', 'DoReFa 4-bit weights, PACT 4-bit activations', { wq: 'dorefa', wb: 4, aq: 'pact', ab: 4, est: 'ste' }, ['group:multi-bit']);
  m.add(setting, float, 'ptq-4', 'uniform 4-bit weights, affine 4-bit activations, PTQ', { ...uniformAffine(4), mode: 'ptq' }, ['claim:qat-vs-ptq']);
  m.add(setting, float, 'qat-4', 'uniform 4-bit weights, affine 4-bit activations, QAT', uniformAffine(4), ['claim:qat-vs-ptq']);
}

/**
 * The whole matrix, in the order the runner trains it. The CNNs train on WASM at a
 * small fraction of the mlp's speed, hence their short budgets: `cnn-small` 2 epochs of
 * the 60000 MNIST images, `cnn-cifar` 5 epochs of the 10000 CIFAR-10 images.
 */
export function fullMatrix(): MatrixRow[] {
  const m = new MatrixBuilder();
  mnistMlp(m);
  cnn(m, { prefix: 'mnist/cnn-small', keys: { data: 'mnist', arch: 'cnn-small', epochs: 2 } });
  cnn(m, { prefix: 'cifar10/cnn-cifar', keys: { data: 'cifar10', arch: 'cnn-cifar', epochs: 5 } });
  return m.rows;
}

/** `--quick`: four `mlp` rows (two rounds of `--jobs 2`) on 2000 training and 1000 test images, one epoch. */
export function quickMatrix(): MatrixRow[] {
  const m = new MatrixBuilder();
  const setting: Setting = { prefix: 'quick/mnist/mlp', keys: { data: 'mnist', arch: 'mlp', epochs: 1, ntrain: 2000, ntest: 1000 } };
  const float = m.float(setting, 'float');
  m.add(setting, float, 'bnn', 'binary network: XNOR weights, sign activations, ApproxSign', BNN, ['group:binary']);
  m.add(setting, float, 'ptq-4', 'uniform 4-bit weights, affine 4-bit activations, PTQ', { ...uniformAffine(4), mode: 'ptq' }, ['claim:qat-vs-ptq']);
  m.add(setting, float, 'qat-4', 'uniform 4-bit weights, affine 4-bit activations, QAT', uniformAffine(4), ['claim:qat-vs-ptq']);
  return m.rows;
}

function globToRegExp(pattern: string): RegExp {
  return new RegExp(`^${pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
}

/**
 * `--rows FILTER`: comma-separated patterns, each matching a row whose id starts with
 * it (`mnist/mlp`), equals it as a glob (`*bnn*`), or names one of its tags
 * (`claim:qat-vs-ptq`).
 */
export function selectRows(rows: MatrixRow[], filter: string | undefined): MatrixRow[] {
  if (!filter) return rows;
  const patterns = filter.split(',').map((p) => p.trim()).filter(Boolean);
  return rows.filter((row) =>
    patterns.some((p) => (p.includes('*') ? globToRegExp(p).test(row.id) : row.id === p || row.id.startsWith(`${p}/`) || row.tags.includes(p))),
  );
}
