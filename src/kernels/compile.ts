/**
 * Turns a {@link DeploySpec} into the packed form both engine paths execute: per packed
 * layer its geometry, bit planes in the kernel layout (`bits.ts`) and epilogue table.
 */
import { packConvWeights, packDenseWeights } from './bits';
import type { DeploySpec, LayerGeometry } from './spec';
import { epilogueParams, outChannels, planSpec } from './spec';

/** A packed (binary or ternary) layer ready for execution. */
export interface PackedLayer {
  kind: 'dense' | 'conv2d';
  geo: LayerGeometry;
  ternary: boolean;
  /** Sign plane, then (ternary) the mask plane at `maskOffset` words. */
  words: Uint32Array;
  maskOffset: number;
  /** Dense: words per weight row (= packed pitch of the input). */
  pitchK: number;
  /** Conv: output channels padded to the conv kernel's tile. */
  coutPad: number;
  cout: number;
  /** [alpha, bias, scale, shift] per output channel (see `epilogueParams`). */
  ep: Float32Array;
  relu: boolean;
  pool: boolean;
}

/** A spec with its geometry and packed layers (null for float layers). */
export interface CompiledModel {
  spec: DeploySpec;
  geo: LayerGeometry[];
  packed: (PackedLayer | null)[];
}

/** Validates a spec and packs its binary/ternary layers. */
export function compileSpec(spec: DeploySpec): CompiledModel {
  const geo = planSpec(spec);
  const packed = spec.layers.map((l, i): PackedLayer | null => {
    const g = geo[i];
    if (!g.packed) return null;
    const ternary = l.weightMode === 'ternary';
    const delta = ternary ? l.delta : undefined;
    const base = { kind: l.kind, geo: g, ternary, cout: outChannels(l), ep: epilogueParams(l), relu: l.activation === 'relu', pool: !!l.pool };
    if (l.kind === 'dense') {
      const d = packDenseWeights(l.weights, g.inP, g.inC, outChannels(l), delta);
      return { ...base, words: d.words, maskOffset: d.maskOffset, pitchK: d.pitch, coutPad: outChannels(l) };
    }
    const c = packConvWeights(l.weights, l.shape, delta);
    return { ...base, words: c.words, maskOffset: c.maskOffset, pitchK: 0, coutPad: c.coutPad };
  });
  return { spec, geo, packed };
}
