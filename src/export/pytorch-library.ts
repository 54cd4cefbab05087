/**
 * The Python library of the PyTorch export (`toPytorch` in pytorch.ts): every quantizer,
 * estimator and regularizer of src/quant/ as a class with the same forward and backward
 * formulas (each registry entry's `pytorch.name` is a class here), the lab's network,
 * data loading and training loop. Python source, kept verbatim in the exported file.
 */
export const PYTORCH_LIBRARY = String.raw`# ----------------------------------------------------------------------------------
# The lab's methods in PyTorch (each formula as in src/quant/ of Quantization Lab).
# Weights keep the lab's layout ([kh, kw, cin, cout] and [in, out]); per-channel
# statistics reduce over every axis but the last, as the lab's layers do.

import argparse
import base64
import gzip
import itertools
import json
import math
import os
import struct
import sys
import tarfile
import time

import torch
import torch.nn as nn
import torch.nn.functional as F

LN2 = math.log(2.0)


def f32(value):
    """A float32 scalar tensor: the lab's scalars are float32, so products round as there."""
    return torch.tensor(value, dtype=torch.float32)


def sorted_unique(values):
    """Ascending, values equal to within 1e-12 relative merged into the first."""
    out = []
    for v in sorted(float(x) for x in values):
        if not out or abs(v - out[-1]) > 1e-12 * max(abs(v), abs(out[-1])):
            out.append(0.0 if v == 0 else v)
    return out


def sign_of(x):
    """+1 where x >= 0, else -1 (sign(0) = +1)."""
    return (x >= 0).to(x.dtype) * 2 - 1


def positive_or(value, fallback):
    return torch.where(value > 0, value, torch.full_like(value, fallback))


def reduce(kind, x, axes):
    """Reduction over axes with kept dimensions, or over the whole tensor when axes is None."""
    if axes is None:
        return {'mean': x.mean, 'sum': x.sum, 'max': x.max, 'min': x.min}[kind]()
    if kind == 'max':
        return torch.amax(x, dim=axes, keepdim=True)
    if kind == 'min':
        return torch.amin(x, dim=axes, keepdim=True)
    return getattr(x, kind)(dim=axes, keepdim=True)


def solve_linear(a, b):
    """Gauss-Jordan with partial pivoting; None when a pivot is at or below 1e-12 times max |a_ij|."""
    n = len(b)
    m = [list(row) + [b[i]] for i, row in enumerate(a)]
    scale = 1e-300
    for row in a:
        for v in row:
            scale = max(scale, abs(v))
    for col in range(n):
        pivot = col
        for r in range(col + 1, n):
            if abs(m[r][col]) > abs(m[pivot][col]):
                pivot = r
        if abs(m[pivot][col]) <= 1e-12 * scale:
            return None
        m[col], m[pivot] = m[pivot], m[col]
        for r in range(n):
            if r == col:
                continue
            f = m[r][col] / m[col][col]
            if f == 0:
                continue
            for c in range(col, n + 1):
                m[r][c] -= f * m[col][c]
    return [row[n] / row[i] for i, row in enumerate(m)]


def seq_sum(values):
    s = 0.0
    for v in values:
        s += v
    return s


def closer_to_left(v, left, right):
    return abs(v - left) <= abs(v - right)


def kmeans1d(values, count, max_rounds=100):
    """Lloyd's algorithm in 1-D from linear initialisation; an empty cluster keeps its centroid."""
    n = len(values)
    if n == 0:
        return [0.0] * count
    s = sorted(values)
    lo, hi = s[0], s[-1]
    centroids = [lo if count == 1 else lo + (i * (hi - lo)) / (count - 1) for i in range(count)]
    prefix = [0.0] + list(itertools.accumulate(v - lo for v in s))
    previous = None
    for _ in range(max_rounds):
        order = sorted(range(count), key=lambda j: (centroids[j], j))
        owners = [j for t, j in enumerate(order) if t == 0 or centroids[j] != centroids[order[t - 1]]]
        ends = []
        start = 0
        for t in range(len(owners)):
            a, b = start, n
            if t < len(owners) - 1:
                left, right = centroids[owners[t]], centroids[owners[t + 1]]
                while a < b:
                    mid = (a + b) >> 1
                    if closer_to_left(s[mid], left, right):
                        a = mid + 1
                    else:
                        b = mid
            else:
                a = n
            ends.append(a)
            start = a
        key = list(zip(owners, ends))
        if key == previous:
            break
        previous = key
        start = 0
        for j, end in zip(owners, ends):
            if end > start:
                centroids[j] = lo + (prefix[end] - prefix[start]) / (end - start)
            start = end
    return centroids


def nearest_sorted(v, levels):
    """Index of the nearest of strictly increasing levels (the lower one on a tie), for a float64 tensor v."""
    index = torch.zeros(v.shape, dtype=torch.long)
    for j in range(len(levels) - 1):
        index += (torch.abs(v - levels[j]) > torch.abs(v - levels[j + 1])).long()
    return index


def lqnet_codes(bits):
    return [[1.0 if (c >> b) & 1 else -1.0 for b in range(bits)] for c in range(2 ** bits)]


def lqnet_levels(basis, codes):
    out = []
    for e in codes:
        s = 0.0
        for b, eb in enumerate(e):
            s += eb * basis[b]
        out.append(s)
    return out


def nearest_code(v, levels_in_code_order):
    """For a float64 tensor v, the code whose level is nearest; the lowest code on a tie."""
    order = sorted(range(len(levels_in_code_order)), key=lambda c: (levels_in_code_order[c], c))
    values, codes = [], []
    for c in order:
        level = levels_in_code_order[c]
        if values and values[-1] == level:
            continue
        values.append(level)
        codes.append(c)
    vt = torch.tensor(values, dtype=torch.float64)
    ct = torch.tensor(codes, dtype=torch.long)
    lo = torch.searchsorted(vt, v.contiguous(), right=False)
    last = len(values) - 1
    below_i = (lo - 1).clamp(0, last)
    above_i = lo.clamp(0, last)
    below = torch.abs(v - vt[below_i])
    above = torch.abs(v - vt[above_i])
    pick = torch.where(below < above, ct[below_i], torch.where(above < below, ct[above_i], torch.minimum(ct[below_i], ct[above_i])))
    pick = torch.where(lo == 0, ct[0].expand_as(pick), pick)
    return torch.where(lo == len(values), ct[last].expand_as(pick), pick)


def lqnet_fit(values, bits, rounds=10):
    """Alternating minimisation of sum (x - v.e)^2 from v = s*[1, 2, ..., 2^(k-1)], s = 2 mean|x|/(2^k - 1)."""
    codes = lqnet_codes(bits)
    n = values.numel()
    s = (2 * (seq_sum(torch.abs(values).tolist()) / n if n else 0.0)) / (2 ** bits - 1)
    basis = [s * 2 ** b for b in range(bits)]
    for _ in range(rounds):
        chosen = nearest_code(values, lqnet_levels(basis, codes))
        counts = torch.bincount(chosen, minlength=len(codes)).double().tolist()
        sums = torch.zeros(len(codes), dtype=torch.float64).index_add_(0, chosen, values).tolist()
        gram = [[seq_sum(counts[c] * e[a] * e[b] for c, e in enumerate(codes)) for b in range(bits)] for a in range(bits)]
        rhs = [seq_sum(sums[c] * e[a] for c, e in enumerate(codes)) for a in range(bits)]
        basis = solve_linear(gram, rhs) or basis
    return basis


def abc_fit(values, bases):
    """ABC-Net: B_m = sign(x - mean + u_m std), alpha by least squares, dependent bases dropped (alpha 0)."""
    n = values.numel()
    vals = values.tolist()
    m = seq_sum(vals) / n if n else 0.0
    std = math.sqrt(seq_sum((v - m) ** 2 for v in vals) / n) if n else 0.0
    shifts = [0.0 if bases == 1 else -1 + (2 * i) / (bases - 1) for i in range(bases)]
    thresholds = [m - u * std for u in shifts]
    signs = [torch.where(values >= t, 1.0, -1.0).double() for t in thresholds]
    gram = [[float(torch.dot(a, b)) for b in signs] for a in signs]
    rhs = [float(torch.dot(a, values)) for a in signs]
    kept, solution = [], []
    for j in range(bases):
        trial = kept + [j]
        solved = solve_linear([[gram[a][b] for b in trial] for a in trial], [rhs[a] for a in trial])
        if solved is not None:
            kept.append(j)
            solution = solved
    alpha = [0.0] * bases
    for i, j in enumerate(kept):
        alpha[j] = solution[i]
    return thresholds, alpha


def abc_sums(alpha):
    out = []
    for code in range(2 ** len(alpha)):
        s = 0.0
        for m, a in enumerate(alpha):
            s += a if (code >> m) & 1 else -a
        out.append(s)
    return out


# ----------------------------------------------------------------------------------
# Gradient estimators: the pseudo-derivative that replaces d(sign or round)/dx.

class EstimatorContext:
    """What an estimator knows of its quantizer, levels computed only when read."""

    def __init__(self, levels, sign_like, params):
        self._levels_fn, self._levels, self.sign_like, self.params = levels, None, sign_like, params

    def levels(self):
        if self._levels is None:
            self._levels = self._levels_fn()
        return self._levels

    @property
    def clip(self):
        return 1.0 if self.sign_like else max(abs(v) for v in self.levels())

    @property
    def top_level(self):
        return self.levels()[-1]

    @property
    def level_below_top(self):
        levels = self.levels()
        return levels[-2] if len(levels) > 1 else levels[0]


class Estimator:
    def __init__(self, params):
        self.params = dict(params)


class Ste(Estimator):
    """d q/dx := 1 (Bengio et al. 2013)."""

    def derivative(self, x, ctx):
        return torch.ones_like(x)


class ClippedSte(Estimator):
    """1 if |x| <= c (c = 1 for sign-like quantizers, else the largest |level|)."""

    def derivative(self, x, ctx):
        return (torch.abs(x) <= ctx.clip).to(x.dtype)


class ApproxSign(Estimator):
    """2 - 2|x| on |x| < 1 (Bi-Real Net)."""

    def derivative(self, x, ctx):
        ax = torch.abs(x)
        return (ax < 1).to(x.dtype) * (2 - 2 * ax)


class Ede(Estimator):
    """k t (1 - tanh^2(t x)), t = 0.1 * 10^(2 progress), k = max(1/t, 1) (IR-Net)."""

    def derivative(self, x, ctx):
        p = min(1.0, max(0.0, self.params.get('progress', 0.0)))
        t = 0.1 * 10 ** (2 * p)
        k = max(1 / t, 1.0)
        return f32(k * t) * (1 - torch.square(torch.tanh(f32(t) * x)))


class SwishSign(Estimator):
    """beta (2 - beta x tanh(beta x / 2)) / (1 + cosh(beta x)) (BNN+)."""

    def derivative(self, x, ctx):
        beta = f32(self.params.get('beta', 5.0))
        bx = beta * x
        return beta * (2 - bx * torch.tanh(bx / 2)) / (1 + torch.cosh(bx))


class Relu(Estimator):
    """1 if x > 0 (HWGQ)."""

    def derivative(self, x, ctx):
        return (x > 0).to(x.dtype)


class ClippedRelu(Estimator):
    """1 on 0 < x <= q_m, the top level (HWGQ)."""

    def derivative(self, x, ctx):
        return ((x > 0) & (x <= ctx.top_level)).to(x.dtype)


class LogTailedRelu(Estimator):
    """0 for x <= 0, 1 up to q_m, 1/(x - tau) above (tau the level below q_m) (HWGQ)."""

    def derivative(self, x, ctx):
        top, tau = ctx.top_level, ctx.level_below_top
        above = x > top
        tail = 1 / torch.where(above, x - f32(tau), torch.ones_like(x))
        return torch.where(x <= 0, torch.zeros_like(x), torch.where(above, tail, torch.ones_like(x)))


# ----------------------------------------------------------------------------------
# Larq's quantizers (larq.quantizers) in these terms, for porting a Larq model:
#   ste_sign              Sign + ClippedSte (clip 1; Larq's sign(0) is +1 too)
#   approx_sign           Sign + ApproxSign
#   swish_sign            Sign + SwishSign (beta 5 in both)
#   magnitude_aware_sign  Xnor + ClippedSte (mean|x| per output channel, a constant in the backward pass)
#   ste_tern              no exact match: Larq outputs {-1, 0, 1} unscaled, threshold 0.05 or, with
#                         ternary_weight_networks=True, 0.7 mean|x|; Twn scales by alpha
#   dorefa_quantizer      mode 'activations': DorefaAct + Ste; mode 'weights': Dorefa (k > 1) + Ste, except
#                         that Larq takes max|tanh x| over the whole tensor and differentiates it,
#                         Dorefa takes it per output channel as a constant

# ----------------------------------------------------------------------------------
# Quantizers. compute(x) returns (value, chain): the gradient to x is
# dy * estimator'(x) * chain, with the forward's statistics constant (the lab's withEstimator).

class _WithEstimator(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x, q):
        with torch.no_grad():
            value, chain = q.compute(x)
        ctx.q = q
        ctx.save_for_backward(x, chain if chain is not None else torch.ones((), dtype=x.dtype, device=x.device))
        return value

    @staticmethod
    def backward(ctx, dy):
        x, chain = ctx.saved_tensors
        q = ctx.q
        ectx = EstimatorContext(lambda: q.levels(x), q.sign_like, q.estimator.params)
        return dy * q.estimator.derivative(x, ectx) * chain, None


class Quantizer(nn.Module):
    """A quantizer bound to one tensor: bits, parameters, the network's estimator, per-channel or per-tensor."""

    sign_like = False

    def __init__(self, bits, params, estimator, per_channel):
        super().__init__()
        self.bits, self.p, self.estimator, self.per_channel = bits, dict(params), estimator, per_channel
        # Uniform draws to use instead of torch.rand (stochastic quantizers), e.g. another implementation's.
        self.fixed_noise = None

    def axes(self, x):
        return tuple(range(x.dim() - 1)) if self.per_channel else None

    def noise(self, x):
        return self.fixed_noise if self.fixed_noise is not None else torch.rand_like(x)

    def forward(self, x):
        return _WithEstimator.apply(x, self)


class Sign(Quantizer):
    """+1 if x >= 0 else -1 (BinaryNet)."""

    sign_like = True

    def compute(self, x):
        return sign_of(x), None

    def levels(self, x):
        return [-1.0, 1.0]


class Xnor(Quantizer):
    """alpha sign(x), alpha = mean|x| (XNOR-Net)."""

    sign_like = True

    def compute(self, x):
        alpha = reduce('mean', torch.abs(x), self.axes(x))
        return alpha * sign_of(x), alpha

    def levels(self, x):
        a = float(torch.abs(x).mean())
        return sorted_unique([-a, a])


LAB_EPSILON = 1e-7
SECOND_MOMENT_DECAY = 0.999


class Lab(Quantizer):
    """alpha sign(x), alpha = ||D * x||_1 / ||D||_1 per output channel, D = sqrt(v) + eps,
    v the running second moment of the kernel's gradients (LAB); without v, D = 1: Xnor."""

    sign_like = True

    def __init__(self, bits, params, estimator, per_channel):
        super().__init__(bits, params, estimator, per_channel)
        self.second_moment = None

    def init_learned(self, kernel):
        # Not trained: the training loop folds each step's gradient in (observe).
        self.second_moment = nn.Parameter(torch.zeros_like(kernel), requires_grad=False)

    @torch.no_grad()
    def observe(self, grad):
        if self.second_moment is not None and grad is not None:
            self.second_moment.mul_(SECOND_MOMENT_DECAY).add_(grad * grad * (1 - SECOND_MOMENT_DECAY))

    def curvature(self, x):
        v = self.second_moment
        return torch.sqrt(v) + LAB_EPSILON if v is not None and v.shape == x.shape else torch.ones_like(x)

    def alpha(self, x, axes):
        d = self.curvature(x)
        total = reduce('sum', d, axes)
        return reduce('sum', d * torch.abs(x), axes) / torch.where(total > 0, total, torch.ones_like(total))

    def compute(self, x):
        alpha = self.alpha(x, self.axes(x))
        return alpha * sign_of(x), alpha

    def levels(self, x):
        a = float(self.alpha(x, None))
        return sorted_unique([-a, a])


class _BayesBinary(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x, value, tau):
        p = torch.sigmoid(x / tau)
        ctx.save_for_backward(p)
        ctx.tau = tau
        return value

    @staticmethod
    def backward(ctx, dy):
        (p,) = ctx.saved_tensors
        return dy * 2 * p * (1 - p) / ctx.tau, None, None


class BayesBinary(Quantizer):
    """+1 with probability p = sigmoid(x/tau), else -1, in training; sign(x) in eval.
    Own gradient, the mean's: 2 p (1 - p)/tau. penalty(x): sum KL(Bern(p) || Bern(1/2))."""

    sign_like = True

    def forward(self, x):
        tau = self.p.get('temperature', 0.25)
        with torch.no_grad():
            if self.training:
                value = (self.noise(x) < torch.sigmoid(x / tau)).to(x.dtype) * 2 - 1
            else:
                value = sign_of(x)
        return _BayesBinary.apply(x, value, tau)

    def penalty(self, x):
        z = x / self.p.get('temperature', 0.25)
        p = torch.sigmoid(z)
        return torch.sum(math.log(2) - p * F.softplus(-z) - (1 - p) * F.softplus(z))

    def levels(self, x):
        return [-1.0, 1.0]


class StochasticSign(Quantizer):
    """+1 with probability clip((x + 1)/2, 0, 1), else -1."""

    sign_like = True

    def compute(self, x):
        p = torch.clamp((x + 1) / 2, 0, 1)
        return (self.noise(x) < p).to(x.dtype) * 2 - 1, None

    def levels(self, x):
        return [-1.0, 1.0]


def twn_statistics(x, axes):
    ax = torch.abs(x)
    delta = 0.7 * reduce('mean', ax, axes)
    kept = (ax > delta).to(x.dtype)
    count = reduce('sum', kept, axes)
    alpha = reduce('sum', ax * kept, axes) / torch.clamp(count, min=1)
    return kept, alpha


class Twn(Quantizer):
    """alpha t, t in {-1, 0, 1} by |x| > 0.7 mean|x|, alpha the mean kept |x| (TWN)."""

    sign_like = True

    def compute(self, x):
        kept, alpha = twn_statistics(x, self.axes(x))
        return alpha * (sign_of(x) * kept), alpha

    def levels(self, x):
        a = float(twn_statistics(x, None)[1])
        return sorted_unique([-a, 0.0, a])


class _Ttq(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x, wp, wn, q):
        delta = q.p.get('threshold', 0.05) * reduce('max', torch.abs(x), q.axes(x))
        pos = (x > delta).to(x.dtype)
        neg = (x < -delta).to(x.dtype)
        ctx.q = q
        ctx.save_for_backward(x, pos, neg, wp, wn)
        return pos * wp - neg * wn

    @staticmethod
    def backward(ctx, dy):
        x, pos, neg, wp, wn = ctx.saved_tensors
        q = ctx.q
        ectx = EstimatorContext(lambda: q.levels(x), True, q.estimator.params)
        chain = (pos * wp + neg * wn) + (1 - (pos + neg))
        return dy * q.estimator.derivative(x, ectx) * chain, torch.sum(dy * pos).reshape(wp.shape), -torch.sum(dy * neg).reshape(wn.shape), None


class Ttq(Quantizer):
    """wp if x > t max|x|, -wn if x < -t max|x|, else 0; wp, wn learned (TTQ)."""

    sign_like = True

    def __init__(self, bits, params, estimator, per_channel):
        super().__init__(bits, params, estimator, per_channel)
        self.wp = nn.Parameter(f32(self.p.get('wp', 1.0)))
        self.wn = nn.Parameter(f32(self.p.get('wn', 1.0)))

    def forward(self, x):
        return _Ttq.apply(x, self.wp, self.wn, self)

    def levels(self, x):
        return sorted_unique([-float(self.wn), 0.0, float(self.wp)])


class StochasticTernary(Quantizer):
    """sign(v) with probability |v|, else 0, v = clip(x, -1, 1)."""

    sign_like = True

    def compute(self, x):
        v = torch.clamp(x, -1, 1)
        return sign_of(v) * (self.noise(x) < torch.abs(v)).to(x.dtype), None

    def levels(self, x):
        return [-1.0, 0.0, 1.0]


class Uniform(Quantizer):
    """sign(x) d min(round(|x|/d), h), h = 2^(k-1) - 1, d = max|x|/h unless step > 0 (QNN)."""

    def step(self, x, axes):
        half = 2 ** (self.bits - 1) - 1
        fixed = self.p.get('step', 0.0)
        return f32(fixed) if fixed > 0 else reduce('max', torch.abs(x), axes) / half

    def compute(self, x):
        half = 2 ** (self.bits - 1) - 1
        d = self.step(x, self.axes(x))
        j = torch.clamp(torch.round(torch.abs(x) / positive_or(d, 1.0)), max=half)
        return sign_of(x) * j * d, None

    def levels(self, x):
        half = 2 ** (self.bits - 1) - 1
        d = float(self.step(x, None))
        return sorted_unique([(i - half) * d for i in range(2 * half + 1)])


class Dorefa(Quantizer):
    """k = 1: mean|x| sign(x); k > 1: (2j - n)/n, j = round(n (tanh x / (2 max|tanh x|) + 1/2)) (DoReFa-Net)."""

    @property
    def sign_like(self):
        return self.bits == 1

    def compute(self, x):
        axes = self.axes(x)
        if self.bits == 1:
            e = reduce('mean', torch.abs(x), axes)
            return e * sign_of(x), e
        n = 2 ** self.bits - 1
        t = torch.tanh(x)
        m = positive_or(reduce('max', torch.abs(t), axes), 1.0)
        v = t / (2 * m) + 0.5
        j = torch.clamp(torch.round(n * v), 0, n)
        return (2 * j - n) * f32(1 / n), (1 - torch.square(t)) / m

    def levels(self, x):
        if self.bits == 1:
            a = float(torch.abs(x).mean())
            return sorted_unique([-a, a])
        n = 2 ** self.bits - 1
        return [(2 * j - n) / n for j in range(n + 1)]


class DorefaAct(Quantizer):
    """round(clip(x, 0, 1)/s) s, s = 1/(2^k - 1) (DoReFa-Net activations)."""

    def compute(self, x):
        s = f32(1 / (2 ** self.bits - 1))
        return torch.round(torch.clamp(x, 0, 1) / s) * s, None

    def levels(self, x):
        n = 2 ** self.bits - 1
        return [j / n for j in range(n + 1)]


class Log2(Quantizer):
    """sign(x) 2^min(round(log2|x|), e_max), 0 below 2^e_min (Miyashita et al.)."""

    def max_exponent(self, x, axes):
        mx = reduce('max', torch.abs(x), axes)
        return torch.where(mx > 0, torch.round(torch.log(positive_or(mx, 1.0)) / f32(LN2)), torch.zeros_like(mx))

    def compute(self, x):
        count = 2 ** (self.bits - 1) - 1
        e_max = self.max_exponent(x, self.axes(x))
        e_min = e_max - (count - 1)
        ax = torch.abs(x)
        e = torch.round(torch.log(positive_or(ax, 1.0)) / f32(LN2))
        keep = (ax > 0) & (e >= e_min)
        magnitude = torch.pow(f32(2.0), torch.minimum(e, e_max))
        return torch.where(keep, sign_of(x) * magnitude, torch.zeros_like(x)), None

    def levels(self, x):
        count = 2 ** (self.bits - 1) - 1
        if not float(torch.abs(x).max()) > 0:
            return [0.0]
        e_max = int(float(self.max_exponent(x, None)))
        levels = [0.0]
        for e in range(e_max - count + 1, e_max + 1):
            levels += [2.0 ** e, -(2.0 ** e)]
        return sorted_unique(levels)


class KMeans(Quantizer):
    """The nearest of 2^k centroids of 1-D k-means (Deep Compression); per tensor."""

    def centroids(self, x):
        return sorted_unique(kmeans1d(x.detach().double().flatten().tolist(), 2 ** self.bits))

    def compute(self, x):
        c = self.centroids(x)
        v = x.detach().double().flatten().cpu()
        out = torch.tensor(c, dtype=torch.float64)[nearest_sorted(v, c)]
        return out.to(x.dtype).reshape(x.shape).to(x.device), None

    def levels(self, x):
        return self.centroids(x)


def product_kmeans(values, last, d, count, max_rounds=25):
    """Product quantization of rows of last values: sub-vectors of d (zero-padded), Lloyd k-means
    from sub-vectors floor(j*N/K), codes of least squared distance (first on a tie), member means
    (an empty cluster keeps its codeword), until no code changes or max_rounds moves; returns the
    rebuilt values (float64), as the lab's productKmeans and productReconstruct."""
    v = values.flatten().double()
    rows = v.numel() // last
    per_row = -(-last // d)
    padded = torch.zeros(rows, per_row * d, dtype=torch.float64)
    padded[:, :last] = v.reshape(rows, last)
    sub = padded.reshape(rows * per_row, d)
    n = sub.shape[0]
    k = max(1, min(count, n))
    codebook = sub[[(j * n) // k for j in range(k)]].clone()

    def assign():
        dist = torch.zeros(n, k, dtype=torch.float64)
        for t in range(d):
            diff = sub[:, t:t + 1] - codebook[None, :, t]
            dist = dist + diff * diff
        return torch.argmin(dist, dim=1)

    codes = assign()
    for _ in range(max_rounds):
        sums = torch.zeros(k, d, dtype=torch.float64).index_add_(0, codes, sub)
        counts = torch.bincount(codes, minlength=k)
        kept = counts > 0
        codebook[kept] = sums[kept] / counts[kept].double()[:, None]
        nxt = assign()
        same = torch.equal(nxt, codes)
        codes = nxt
        if same:
            break
    return codebook[codes].reshape(rows, per_row * d)[:, :last].flatten()


class ProductQuantizer(Quantizer):
    """Product quantization (Gong et al. 2014): sub-vectors of d weights along the output channels,
    each replaced by the nearest of 2^k k-means codewords; one codebook per tensor."""

    def quantized(self, x):
        last = x.shape[-1] if x.dim() >= 2 else x.numel()
        return product_kmeans(x.detach().cpu(), last, int(self.p['dim']), 2 ** self.bits)

    def compute(self, x):
        return self.quantized(x).to(x.dtype).reshape(x.shape).to(x.device), None

    def levels(self, x):
        return sorted_unique(self.quantized(x).float().tolist())


class _LqNet(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x, basis_param, q):
        k = q.bits
        values = x.detach().double().flatten().cpu()
        basis, from_given = q.basis_for(values, basis_param)
        codes = lqnet_codes(k)
        levels = lqnet_levels(basis, codes)
        chosen = nearest_code(values, levels)
        out = torch.tensor(levels, dtype=torch.float64)[chosen]
        e = torch.tensor(codes, dtype=x.dtype)[chosen].to(x.device)
        ctx.q, ctx.from_given = q, from_given
        ctx.save_for_backward(x, e, basis_param)
        return out.to(x.dtype).reshape(x.shape).to(x.device)

    @staticmethod
    def backward(ctx, dy):
        x, e, basis_param = ctx.saved_tensors
        q = ctx.q
        ectx = EstimatorContext(lambda: q.levels(x), False, q.estimator.params)
        dx = dy * q.estimator.derivative(x, ectx)
        if ctx.from_given:
            d_basis = (dy.reshape(1, -1) @ e).reshape(basis_param.shape)
        else:
            d_basis = torch.zeros_like(basis_param)
        return dx, d_basis, None


class LqNet(Quantizer):
    """v.e*, e* the nearest of the codes {-1, 1}^k, basis v learned (LQ-Nets); per tensor."""

    def __init__(self, bits, params, estimator, per_channel):
        super().__init__(bits, params, estimator, per_channel)
        self.basis = nn.Parameter(f32(self.p.get('basis', 0.0)))

    def init_learned(self, kernel):
        """Fits the basis to the weights (the lab's initLearned); one value is stored as a scalar."""
        fitted = lqnet_fit(kernel.detach().double().flatten().cpu(), self.bits)
        self.basis = nn.Parameter(f32(fitted[0]) if len(fitted) == 1 else torch.tensor(fitted, dtype=torch.float32))

    def basis_for(self, values, given):
        if given.numel() == self.bits:
            basis = [float(v) for v in given.detach().flatten().tolist()]
            if any(v != 0 for v in basis):
                return basis, True
        return lqnet_fit(values, self.bits), False

    def forward(self, x):
        return _LqNet.apply(x, self.basis, self)

    def levels(self, x):
        basis, _ = self.basis_for(x.detach().double().flatten().cpu(), self.basis)
        return sorted_unique(lqnet_levels(basis, lqnet_codes(self.bits)))


class Abc(Quantizer):
    """sum_m alpha_m sign(x - mean + u_m std), alpha by least squares (ABC-Net); per tensor."""

    sign_like = True

    def compute(self, x):
        values = x.detach().double().flatten().cpu()
        thresholds, alpha = abc_fit(values, int(self.p.get('bases', 3)))
        out = torch.zeros_like(values)
        for t, a in zip(thresholds, alpha):
            out = out + torch.where(values >= t, a, -a)
        return out.to(x.dtype).reshape(x.shape).to(x.device), f32(seq_sum(alpha)).to(x.device)

    def levels(self, x):
        return sorted_unique(abc_sums(abc_fit(x.detach().double().flatten().cpu(), int(self.p.get('bases', 3)))[1]))


class Affine(Quantizer):
    """(q - z) s, q = clamp(round(x/s) + z, 0, 2^k - 1), s = (max - min)/(2^k - 1), z = round(-min/s)."""

    def statistics(self, x, axes):
        n = 2 ** self.bits - 1
        lo = reduce('min', x, axes)
        hi = reduce('max', x, axes)
        s = (hi - lo) / n
        z = torch.round(-lo / positive_or(s, 1.0))
        return lo, s, z

    def compute(self, x):
        n = 2 ** self.bits - 1
        _, s, z = self.statistics(x, self.axes(x))
        q = torch.clamp(torch.round(x / positive_or(s, 1.0)) + z, 0, n)
        return torch.where(s > 0, (q - z) * s, x), None

    def levels(self, x):
        lo, s, z = (float(t) for t in self.statistics(x, None))
        if not s > 0:
            return [lo]
        return sorted_unique([(q - z) * s for q in range(2 ** self.bits)])


PACT_MIN_ALPHA = 1e-6


class _Pact(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x, alpha, n):
        a = torch.clamp(alpha, min=PACT_MIN_ALPHA)
        y = torch.minimum(torch.clamp(x, min=0), a)
        s = a / n
        ctx.save_for_backward(x, a, alpha)
        return torch.round(y / s) * s

    @staticmethod
    def backward(ctx, dy):
        x, a, alpha = ctx.saved_tensors
        inside = ((x >= 0) & (x < a)).to(x.dtype)
        return dy * inside, torch.sum(dy * (x >= a).to(x.dtype)).reshape(alpha.shape), None


class Pact(Quantizer):
    """round(clip(x, 0, alpha)/s) s, s = alpha/(2^k - 1), alpha learned; own gradients (PACT)."""

    def __init__(self, bits, params, estimator, per_channel):
        super().__init__(bits, params, estimator, per_channel)
        self.alpha = nn.Parameter(f32(self.p.get('alpha', 3.0)))

    def forward(self, x):
        return _Pact.apply(x, self.alpha, 2 ** self.bits - 1)

    def levels(self, x):
        n = 2 ** self.bits - 1
        alpha = max(float(self.alpha), PACT_MIN_ALPHA)
        return sorted_unique([j * alpha / n for j in range(n + 1)])


SQRT_2PI = math.sqrt(2 * math.pi)


def gaussian_density(x):
    return math.exp(-0.5 * x * x) / SQRT_2PI


def integrate_gaussian(a, b, intervals=64):
    """The integral of the unit Gaussian density over [a, b] by composite Simpson's rule."""
    h = (b - a) / intervals
    s = gaussian_density(a) + gaussian_density(b)
    for i in range(1, intervals):
        s += (4 if i % 2 == 1 else 2) * gaussian_density(a + i * h)
    return (s * h) / 3


def hwgq_half_gaussian_error(step, levels):
    """E[(X - Q(X))^2; X > 0], X ~ N(0, 1), Q the nearest of {j step : 1 <= j <= levels}."""
    error, below = 0.0, 0.0
    for j in range(1, levels + 1):
        q = j * step
        a = 0 if j == 1 else (j - 0.5) * step
        last = j == levels
        b = (j + 0.5) * step
        m0 = 0.5 - below if last else integrate_gaussian(a, b)
        m1 = gaussian_density(a) if last else gaussian_density(a) - gaussian_density(b)
        m2 = a * gaussian_density(a) + m0 if last else a * gaussian_density(a) - b * gaussian_density(b) + m0
        error += q * q * m0 - 2 * q * m1 + m2
        below += m0
    return error


_HWGQ_STEPS = {}


def hwgq_step(bits):
    """The step minimising hwgq_half_gaussian_error: a log grid over [1e-3, 4], then golden-section search."""
    if bits in _HWGQ_STEPS:
        return _HWGQ_STEPS[bits]
    levels = 2 ** bits - 1
    f = lambda step: hwgq_half_gaussian_error(step, levels)
    lo, hi, points = 1e-3, 4.0, 200
    grid = [lo * (hi / lo) ** (i / points) for i in range(points + 1)]
    values = [f(s) for s in grid]
    best = min(range(points + 1), key=lambda i: (values[i], i))
    a, b = grid[max(0, best - 1)], grid[min(points, best + 1)]
    ratio = (math.sqrt(5) - 1) / 2
    c, d = b - ratio * (b - a), a + ratio * (b - a)
    fc, fd = f(c), f(d)
    while b - a > 1e-10 * b:
        if fc < fd:
            b, d, fd = d, c, fc
            c = b - ratio * (b - a)
            fc = f(c)
        else:
            a, c, fc = c, d, fd
            d = a + ratio * (b - a)
            fd = f(d)
    _HWGQ_STEPS[bits] = (a + b) / 2
    return _HWGQ_STEPS[bits]


class Hwgq(Quantizer):
    """0 for x <= 0, else D clip(round(x/D), 1, 2^k - 1), D the step optimal for a half Gaussian (HWGQ)."""

    def compute(self, x):
        n = 2 ** self.bits - 1
        step = f32(hwgq_step(self.bits))
        j = torch.clamp(torch.round(x / step), 1, n)
        return torch.where(x > 0, j * step, torch.zeros_like(x)), None

    def levels(self, x):
        return [j * hwgq_step(self.bits) for j in range(2 ** self.bits)]


# ----------------------------------------------------------------------------------
# Regularizers on latent weights: penalty(w, lam, params, levels), differentiable.

def nearest_level(w, levels):
    """The nearest level to each weight (the lower one at a midpoint), as a constant."""
    s = sorted_unique(levels)
    index = torch.zeros(w.shape, dtype=torch.long, device=w.device)
    for j in range(len(s) - 1):
        index += (w.detach() > f32((s[j] + s[j + 1]) / 2).to(w.device)).long()
    return torch.tensor(s, dtype=w.dtype, device=w.device)[index]


class L2Reg:
    """lam sum w^2."""

    def penalty(self, w, lam, params, levels):
        return lam * torch.sum(torch.square(w))


class BinaryReg:
    """lam sum (1 - w^2) (Tang et al. 2017)."""

    def penalty(self, w, lam, params, levels):
        return lam * torch.sum(1 - torch.square(w))


class PeriodicReg:
    """lam sum sin^2(pi (w - o)/d) (Naumov et al. 2018)."""

    def penalty(self, w, lam, params, levels):
        d, o = params.get('step', 0.25), params.get('offset', 0.0)
        return lam * torch.sum(torch.square(torch.sin(f32(math.pi / d) * (w - o))))


class LevelDistanceReg:
    """lam sum (w - nearest level)^2, the level a constant (ProxQuant)."""

    def penalty(self, w, lam, params, levels):
        if not levels:
            raise ValueError("the level-distance regularizer needs the quantizer's levels")
        return lam * torch.sum(torch.square(w - nearest_level(w, levels)))


# ----------------------------------------------------------------------------------
# The network, as the lab builds it (src/model/network.ts).

def make_quantizer(spec, estimator, per_channel):
    if spec is None:
        return None
    return globals()[spec['pytorch']](spec['bits'], spec['params'], estimator, per_channel)


def same_padding(size, kernel, stride):
    """TensorFlow's 'same': total padding max((ceil(n/s) - 1) s + k - n, 0), the extra pixel after."""
    out = -(-size // stride)
    total = max((out - 1) * stride + kernel - size, 0)
    return total // 2, total - total // 2


class QuantLayer(nn.Module):
    """Input quantizer, quantized weights, conv or matmul, bias, 2x2 max pool, batch norm, ReLU."""

    def __init__(self, spec, estimator, bn_momentum, bn_epsilon):
        super().__init__()
        self.spec, self.bn_momentum, self.bn_epsilon = spec, bn_momentum, bn_epsilon
        shape = spec['weightShape']
        fan_in = shape[0] * shape[1] * shape[2] if len(shape) == 4 else shape[0]
        fan_out = shape[0] * shape[1] * shape[3] if len(shape) == 4 else shape[1]
        limit = math.sqrt(6 / (fan_in + fan_out))
        self.kernel = nn.Parameter(torch.empty(shape).uniform_(-limit, limit))
        channels = shape[-1]
        self.batch_norm = spec['batchNorm']
        if self.batch_norm:
            self.gamma = nn.Parameter(torch.ones(channels))
            self.beta = nn.Parameter(torch.zeros(channels))
            self.register_buffer('moving_mean', torch.zeros(channels))
            self.register_buffer('moving_variance', torch.ones(channels))
        else:
            self.bias = nn.Parameter(torch.zeros(channels))
        self.w = make_quantizer(spec['weight'], estimator, True)
        self.a = make_quantizer(spec['activation'], estimator, False)
        if self.w is not None and hasattr(self.w, 'init_learned'):
            self.w.init_learned(self.kernel)
        self.pending = None

    def quantized_kernel(self):
        return self.w(self.kernel) if self.w is not None else self.kernel

    def forward(self, x):
        spec = self.spec
        if spec['flattenBefore']:
            # The lab flattens NHWC; convolutions here run NCHW, the images arrive NHWC.
            x = (x.permute(0, 2, 3, 1) if self.after_conv else x).reshape(x.shape[0], -1)
        if self.a is not None:
            x = self.a(x)
        w = self.quantized_kernel()
        if spec['kind'] == 'conv2d':
            k, s = spec['kernelSize'], spec['stride']
            if spec['padding'] == 'same':
                top, bottom = same_padding(x.shape[2], k, s)
                left, right = same_padding(x.shape[3], k, s)
                x = F.pad(x, (left, right, top, bottom))
            y = F.conv2d(x, w.permute(3, 2, 0, 1), stride=s)
        else:
            y = x @ w
        view = (1, -1, 1, 1) if y.dim() == 4 else (1, -1)
        if not self.batch_norm:
            y = y + self.bias.view(view)
        if spec['kind'] == 'conv2d' and spec['pool']:
            y = F.max_pool2d(y, 2, 2)
        if self.batch_norm:
            if self.training:
                axes = (0, 2, 3) if y.dim() == 4 else (0,)
                mean = y.mean(dim=axes)
                var = y.var(dim=axes, unbiased=False)
                self.pending = (mean.detach(), var.detach())
            else:
                mean, var = self.moving_mean, self.moving_variance
            y = (y - mean.view(view)) * torch.rsqrt(var.view(view) + self.bn_epsilon) * self.gamma.view(view) + self.beta.view(view)
        if spec['relu']:
            y = F.relu(y)
        return y

    @torch.no_grad()
    def commit_batch_norm(self, momentum):
        if self.pending is not None:
            mean, var = self.pending
            self.moving_mean.mul_(momentum).add_(mean * (1 - momentum))
            self.moving_variance.mul_(momentum).add_(var * (1 - momentum))
        self.pending = None


class QuantNet(nn.Module):
    def __init__(self, layers, estimator):
        super().__init__()
        self.estimator = estimator
        self.layers = nn.ModuleDict((s['name'], QuantLayer(s, estimator, EXPERIMENT['bnMomentum'], EXPERIMENT['bnEpsilon'])) for s in layers)
        for i, layer in enumerate(self.layers.values()):
            layer.after_conv = i > 0 and layers[i - 1]['kind'] == 'conv2d'

    def forward(self, images):
        """Logits for images [N, H, W, C] in [0, 1]."""
        x = images
        if next(iter(self.layers.values())).spec['kind'] == 'conv2d':
            x = x.permute(0, 3, 1, 2)
        for layer in self.layers.values():
            x = layer(x)
        return x

    def commit_batch_norm(self, momentum):
        for layer in self.layers.values():
            layer.commit_batch_norm(momentum)

    def observe_gradients(self):
        """Folds this step's kernel gradients into the second moments that keep them (LAB)."""
        for layer in self.layers.values():
            if layer.w is not None and hasattr(layer.w, 'observe'):
                layer.w.observe(layer.kernel.grad)

    @torch.no_grad()
    def clip_latent_weights(self):
        for layer in self.layers.values():
            if layer.spec['weight'] is not None and layer.spec['weight']['clipLatent']:
                layer.kernel.clamp_(-1, 1)

    def named_lab_variables(self):
        """Every variable under the lab's name (src/model/weights-file.ts): dense2/kernel, dense2/a/alpha, ..."""
        out = {}
        for name, layer in self.layers.items():
            out[name + '/kernel'] = layer.kernel
            if layer.batch_norm:
                for v in ('gamma', 'beta', 'moving_mean', 'moving_variance'):
                    out[name + '/' + v] = getattr(layer, v)
            else:
                out[name + '/bias'] = layer.bias
            for prefix, q in (('w', layer.w), ('a', layer.a)):
                if q is not None:
                    for pname, p in q.named_parameters(recurse=False):
                        out[name + '/' + prefix + '/' + pname] = p
        return out


def load_lab_variables(model, variables, source):
    """Sets every variable from {name: tensor}; names and sizes must match exactly."""
    mine = model.named_lab_variables()
    for name in variables:
        if name not in mine:
            raise SystemExit('%s: the network has no variable "%s"' % (source, name))
    with torch.no_grad():
        for name, v in mine.items():
            if name not in variables:
                raise SystemExit('%s: the file has no variable "%s"' % (source, name))
            value = variables[name]
            if value.numel() != v.numel():
                raise SystemExit('%s: "%s" has %d values, the network wants %d' % (source, name, value.numel(), v.numel()))
            v.copy_(value.reshape(v.shape).to(v.device))


def read_lab_weights(path):
    try:
        with open(path) as f:
            data = json.load(f)
    except OSError as error:
        raise SystemExit('--weights %s: %s' % (path, error.strerror))
    except ValueError:
        raise SystemExit('--weights %s: not valid JSON' % path)
    if not isinstance(data, dict) or data.get('format') != 'quantization-lab-weights' or not isinstance(data.get('variables'), dict):
        raise SystemExit('--weights %s: not a quantization-lab-weights file' % path)
    saved, mine = data.get('config') or {}, EXPERIMENT['config']
    shape = lambda c: (c.get('dataset', {}).get('id'), c.get('architecture'), c.get('batchNorm'), c.get('quant'))
    if shape(saved) != shape(mine):
        raise SystemExit('--weights %s was trained with another network or quantization than this experiment' % path)
    return {name: torch.tensor(v['values'], dtype=torch.float32).reshape(v['shape']) for name, v in data['variables'].items()}


def embedded_weights():
    out = {}
    for name, v in (WEIGHTS or {}).items():
        values = torch.frombuffer(bytearray(base64.b64decode(v['float32'])), dtype=torch.float32)
        out[name] = values.reshape(v['shape']).clone()
    return out


def lab_weights_json(model, accuracy, test_images, source):
    variables = {}
    for name, v in model.named_lab_variables().items():
        t = v.detach().cpu()
        variables[name] = {'shape': list(t.shape) if t.dim() else [1], 'values': t.flatten().tolist()}
    return {'format': 'quantization-lab-weights', 'version': 1, 'config': EXPERIMENT['config'], 'imageShape': EXPERIMENT['dataset']['imageShape'],
            'classes': EXPERIMENT['dataset']['classes'], 'testAccuracy': accuracy, 'testImages': test_images, 'testSource': source, 'variables': variables}


# ----------------------------------------------------------------------------------
# Data: the lab's files (IDX, CIFAR-10 binary tarball), pixels as byte/255 in NHWC.

def mulberry32(seed):
    state = seed & 0xFFFFFFFF

    def draw():
        nonlocal state
        state = (state + 0x6D2B79F5) & 0xFFFFFFFF
        t = state
        t = ((t ^ (t >> 15)) * (t | 1)) & 0xFFFFFFFF
        t ^= (t + (((t ^ (t >> 7)) * (t | 61)) & 0xFFFFFFFF)) & 0xFFFFFFFF
        return ((t ^ (t >> 14)) & 0xFFFFFFFF) / 4294967296
    return draw


def seeded_shuffle(n, seed):
    """The lab's seededShuffle: Fisher-Yates driven by mulberry32(seed)."""
    order = list(range(n))
    random = mulberry32(seed)
    for i in range(n - 1, 0, -1):
        j = int(random() * (i + 1))
        order[i], order[j] = order[j], order[i]
    return order


def read_maybe_gzip(path):
    with open(path, 'rb') as f:
        data = f.read()
    return gzip.decompress(data) if data[:2] == b'\x1f\x8b' else data


def parse_idx(path, magic, dims):
    data = read_maybe_gzip(path)
    if len(data) < 4 + 4 * dims or struct.unpack('>I', data[:4])[0] != magic:
        raise SystemExit('%s: not an IDX file with magic %d' % (path, magic))
    shape = struct.unpack('>' + 'I' * dims, data[4:4 + 4 * dims])
    body = data[4 + 4 * dims:]
    if len(body) != math.prod(shape):
        raise SystemExit('%s: its header says %s, the file holds %d bytes of data' % (path, 'x'.join(map(str, shape)), len(body)))
    return torch.frombuffer(bytearray(body), dtype=torch.uint8).reshape(shape)


def load_idx_dir(folder):
    """train-images/-labels and t10k-images/-labels (raw or .gz) from a folder; images [N, 28, 28, 1]."""
    if not os.path.isdir(folder):
        raise SystemExit('--data %s: no such folder (give the folder of the IDX files)' % folder)
    found = {}
    for name in sorted(os.listdir(folder)):
        low = name.lower()
        for split in ('train', 't10k'):
            for kind in ('images', 'labels'):
                if low.startswith(split + '-' + kind):
                    found.setdefault((split, kind), os.path.join(folder, name))
    splits = {}
    for split, key in (('train', 'train'), ('t10k', 'test')):
        if (split, 'images') in found and (split, 'labels') in found:
            images = parse_idx(found[(split, 'images')], 2051, 3)
            labels = parse_idx(found[(split, 'labels')], 2049, 1)
            if images.shape[0] != labels.shape[0]:
                raise SystemExit('%s: %d images but %d labels' % (folder, images.shape[0], labels.shape[0]))
            splits[key] = (images.unsqueeze(-1), labels.long())
    return splits


def load_cifar_tarball(path):
    """data_batch_N.bin and test_batch.bin: records of 1 label byte and 3072 CHW bytes; images [N, 32, 32, 3]."""
    try:
        archive = tarfile.open(path)
    except (OSError, tarfile.TarError) as error:
        raise SystemExit('--data %s: not a readable CIFAR-10 tarball (%s)' % (path, error))
    batches = {'train': [], 'test': []}
    with archive:
        for member in archive.getmembers():
            base = os.path.basename(member.name)
            if base.startswith('data_batch_') and base.endswith('.bin'):
                batches['train'].append((int(base[11:-4]), archive.extractfile(member).read()))
            elif base == 'test_batch.bin':
                batches['test'].append((0, archive.extractfile(member).read()))
    splits = {}
    for key, parts in batches.items():
        if not parts:
            continue
        data = b''.join(d for _, d in sorted(parts))
        if len(data) % 3073:
            raise SystemExit('%s: a batch is not a whole number of 3073-byte records' % path)
        records = torch.frombuffer(bytearray(data), dtype=torch.uint8).reshape(-1, 3073)
        splits[key] = (records[:, 1:].reshape(-1, 3, 32, 32).permute(0, 2, 3, 1).contiguous(), records[:, 0].long())
    return splits


def load_torchvision(root, dataset_id):
    try:
        import torchvision
    except ImportError:
        raise SystemExit('--torchvision needs the torchvision package (pip install torchvision)')
    cls = {'mnist': 'MNIST', 'fashion-mnist': 'FashionMNIST', 'cifar10': 'CIFAR10'}[dataset_id]
    splits = {}
    for key, train in (('train', True), ('test', False)):
        ds = getattr(torchvision.datasets, cls)(root, train=train, download=True)
        images = torch.as_tensor(ds.data)
        images = images.unsqueeze(-1) if images.dim() == 3 else images
        splits[key] = (images.to(torch.uint8), torch.as_tensor(ds.targets).long())
    return splits


def pixels(images):
    """Bytes to float32 as the lab feeds them: byte * (1/255) in double, rounded to float32."""
    return (images.double() * (1 / 255)).float()


# ----------------------------------------------------------------------------------
# Training as the lab runs it (src/train/trainer.ts).

def learning_rate_at(progress, epochs):
    opt, sched = EXPERIMENT['config']['optimizer'], EXPERIMENT['config']['schedule']
    base = opt['learningRate']
    if sched['id'] == 'step':
        return base * sched['gamma'] ** math.floor((progress * epochs + 1e-9) / sched['stepEpochs'])
    if sched['id'] == 'cosine':
        return base * 0.5 * (1 + math.cos(math.pi * min(1.0, progress)))
    return base


def make_optimizer(params):
    opt = EXPERIMENT['config']['optimizer']
    if opt['id'] == 'adam':
        return torch.optim.Adam(params, lr=opt['learningRate'], betas=(0.9, 0.999), eps=1e-7)  # tfjs's defaults
    return torch.optim.SGD(params, lr=opt['learningRate'], momentum=opt['momentum'])


def extra_loss(net, float_phase):
    """Regularizer on the quantized layers' latent weights, auxiliary losses (PACT's alpha decay), weight decay."""
    cfg = EXPERIMENT['config']
    total = 0.0
    reg = EXPERIMENT['regularizer']
    for layer in net.layers.values():
        if not float_phase:
            if reg is not None and layer.w is not None and reg['lambda'] > 0:
                levels = layer.w.levels(layer.kernel.detach()) if reg['needsLevels'] else None
                total = total + globals()[reg['pytorch']]().penalty(layer.kernel, reg['lambda'], reg['params'], levels)
            for spec, q in ((layer.spec['weight'], layer.w), (layer.spec['activation'], layer.a)):
                aux = spec and spec.get('auxiliaryLoss')
                if aux and spec['params'].get(aux['coefficient'], 0) > 0:
                    total = total + spec['params'][aux['coefficient']] * torch.sum(torch.square(getattr(q, aux['param'])))
            pen = layer.spec['weight'] and layer.spec['weight'].get('weightPenalty')
            if pen and layer.spec['weight']['params'].get(pen['coefficient'], 0) > 0:
                total = total + layer.spec['weight']['params'][pen['coefficient']] * layer.w.penalty(layer.kernel)
    wd = cfg['optimizer']['weightDecay']
    if wd > 0:
        total = total + wd / 2 * sum(torch.sum(torch.square(l.kernel)) for l in net.layers.values())
    return total


class Run:
    def __init__(self, args):
        self.args = args
        self.world = int(os.environ.get('WORLD_SIZE', '1'))
        self.rank = int(os.environ.get('RANK', '0'))
        use_cuda = torch.cuda.is_available() and not args.cpu
        if self.world > 1:
            torch.distributed.init_process_group(backend='nccl' if use_cuda else 'gloo')
        local = int(os.environ.get('LOCAL_RANK', '0'))
        self.device = torch.device('cuda', local) if use_cuda else torch.device('cpu')
        if use_cuda:
            torch.cuda.set_device(self.device)
        self.step_losses = []

    def log(self, record):
        if self.rank == 0 and not self.args.json:
            print(json.dumps(record), flush=True)

    def batch(self, split, indices):
        images, labels = split
        idx = torch.tensor(indices, dtype=torch.long)
        return pixels(images[idx]).to(self.device), labels[idx].to(self.device)

    @torch.no_grad()
    def calibrate(self, net, train):
        """Moving statistics replaced by their average over the first cal shuffled training batches."""
        cfg = EXPERIMENT['config']
        count, size = train[0].shape[0], cfg['batchSize']
        order = seeded_shuffle(count, cfg['seed'] * 104729 + 1)
        net.train()
        for b in range(min(cfg['ptq']['calibrationBatches'], -(-count // size))):
            net(self.batch(train, order[b * size:(b + 1) * size])[0])
            net.commit_batch_norm(b / (b + 1))

    @torch.no_grad()
    def evaluate(self, net, test):
        net.eval()
        count = test[0].shape[0]
        correct, loss_sum, predictions = 0, 0.0, []
        for start in range(0, count, 500):
            xs, ys = self.batch(test, range(start, min(count, start + 500)))
            logits = net(xs)
            loss_sum += float(F.cross_entropy(logits, ys, reduction='sum'))
            predicted = logits.argmax(1)
            correct += int((predicted == ys).sum())
            predictions += predicted.tolist()
        return {'accuracy': correct / count if count else 0.0, 'loss': loss_sum / count if count else 0.0, 'predictions': predictions}

    def train_phase(self, net, phase, phase_index, epochs, float_phase, train, test, state):
        cfg = EXPERIMENT['config']
        size = cfg['batchSize']
        count = train[0].shape[0]
        batches = -(-count // size)
        model = net
        if self.world > 1:
            model = nn.parallel.DistributedDataParallel(net, device_ids=[self.device.index] if self.device.type == 'cuda' else None)
        optimizer = make_optimizer([p for p in net.parameters()])
        evaluation = None
        for epoch in range(1, epochs + 1):
            started = time.time()
            order = seeded_shuffle(count, cfg['seed'] * 7919 + epoch + phase_index * 1000)
            loss_sum, correct, seen = 0.0, 0, 0
            net.train()
            for b in range(batches):
                progress = state['step'] / max(1, state['total'])
                lr = learning_rate_at(((epoch - 1) * batches + b) / (epochs * batches), epochs)
                for group in optimizer.param_groups:
                    group['lr'] = lr
                if 'progress' in net.estimator.params or EXPERIMENT['estimator']['followsProgress']:
                    net.estimator.params['progress'] = progress
                indices = order[b * size:min(count, (b + 1) * size)]
                # Each rank takes its share of the lab's batch (DistributedSampler's interleaving).
                mine = indices[self.rank::self.world] or indices[:1]
                xs, ys = self.batch(train, mine)
                logits = model(xs)
                loss = F.cross_entropy(logits, ys) + extra_loss(net, float_phase)
                optimizer.zero_grad()
                loss.backward()
                net.observe_gradients()
                optimizer.step()
                net.commit_batch_norm(EXPERIMENT['bnMomentum'])
                net.clip_latent_weights()
                value = float(loss)
                if not math.isfinite(value):
                    raise SystemExit('the loss became %s at step %d: lower the learning rate' % (value, state['step'] + 1))
                self.step_losses.append(value)
                loss_sum += value * len(mine)
                correct += int((logits.argmax(1) == ys).sum())
                seen += len(mine)
                state['step'] += 1
            if cfg['batchNorm']:
                self.calibrate(net, train)
            evaluation = self.evaluate(net, test)
            record = {'type': 'epoch', 'phase': phase, 'epoch': epoch, 'loss': loss_sum / max(1, seen), 'trainAccuracy': correct / max(1, seen),
                      'testAccuracy': evaluation['accuracy'], 'testLoss': evaluation['loss'], 'learningRate': learning_rate_at(epoch / epochs, epochs),
                      'seconds': time.time() - started}
            state['epochs'].append(record)
            self.log(record)
        return evaluation


def load_data(args):
    ds = EXPERIMENT['dataset']
    if args.torchvision:
        splits = load_torchvision(args.torchvision, ds['id'])
    elif ds['id'] == 'cifar10':
        splits = load_cifar_tarball(args.data or os.path.join('..', 'shared', 'data', 'cifar10', 'cifar-10-subset-binary.tar.gz'))
    else:
        splits = load_idx_dir(args.data or os.path.join('..', 'shared', 'data', 'mnist'))
    if 'test' not in splits:
        raise SystemExit('no test split found (t10k-images/labels or test_batch.bin); give --data or --torchvision ROOT')
    if 'train' not in splits and not args.evaluate_only:
        raise SystemExit('no training split found (train-images/labels or data_batch_N.bin); give --data, --torchvision ROOT, or --evaluate-only')
    cfg = EXPERIMENT['config']['dataset']
    limit = lambda split, n: (split[0][:n], split[1][:n]) if n > 0 else split
    train_limit = args.train_limit if args.train_limit is not None else cfg['trainLimit']
    test_limit = args.test_limit if args.test_limit is not None else cfg['testLimit']
    train = limit(splits['train'], train_limit) if 'train' in splits else None
    test = limit(splits['test'], test_limit)
    shape = list(test[0].shape[1:])
    if shape != ds['imageShape']:
        raise SystemExit('the images are %s, the experiment wants %s' % ('x'.join(map(str, shape)), 'x'.join(map(str, ds['imageShape']))))
    return train, test


def main(argv=None):
    parser = argparse.ArgumentParser(description='The Quantization Lab experiment at the top of this file, in PyTorch.')
    parser.add_argument('--epochs', type=int, help='training epochs (default: the experiment\'s)')
    parser.add_argument('--data', help='folder of the IDX files (MNIST, Fashion-MNIST) or the CIFAR-10 binary tarball; default ../shared/data')
    parser.add_argument('--torchvision', metavar='ROOT', help='load the dataset with torchvision into ROOT (downloads it) instead')
    parser.add_argument('--weights', help='start from a quantization-lab-weights JSON file (qlab train --save-weights)')
    parser.add_argument('--evaluate-only', action='store_true', help='evaluate the loaded or embedded weights, no training')
    parser.add_argument('--save', help='write the trained network as a quantization-lab-weights JSON file')
    parser.add_argument('--train-limit', type=int, help='training images used (0 = all; default: the experiment\'s)')
    parser.add_argument('--test-limit', type=int, help='test images used (0 = all; default: the experiment\'s)')
    parser.add_argument('--cpu', action='store_true', help='run on the CPU even when CUDA is available')
    parser.add_argument('--json', action='store_true', help='print one final JSON line: test accuracy, loss history, predictions')
    args = parser.parse_args(argv)
    if args.epochs is not None and args.epochs < 1:
        parser.error('--epochs must be at least 1')
    cfg = EXPERIMENT['config']
    run = Run(args)
    torch.manual_seed(cfg['seed'])
    train, test = load_data(args)
    estimator = globals()[EXPERIMENT['estimator']['pytorch']](EXPERIMENT['estimator']['params'])
    given = read_lab_weights(args.weights) if args.weights else embedded_weights()
    source = args.weights or 'embedded weights'
    epochs = args.epochs or cfg['epochs']
    state = {'step': 0, 'epochs': [], 'total': 0}
    evaluations = {}
    ptq = cfg['mode'] == 'ptq'
    batches = -(-train[0].shape[0] // cfg['batchSize']) if train is not None else 0
    if given or args.evaluate_only:
        if args.evaluate_only and not given:
            raise SystemExit('--evaluate-only needs weights: --weights FILE, or an export with embedded weights')
        net = QuantNet(EXPERIMENT['layers'], estimator).to(run.device)
        load_lab_variables(net, {k: v.to(run.device) for k, v in given.items()}, source)
        final = run.evaluate(net, test) if args.evaluate_only else None
        if not args.evaluate_only:
            # Trained weights continue quantization-aware, whatever the mode.
            state['total'] = epochs * batches
            final = run.train_phase(net, 'train', 0, epochs, False, train, test, state)
    elif ptq:
        finetune = cfg['ptq']['finetuneEpochs']
        state['total'] = (epochs + finetune) * batches
        float_net = QuantNet(EXPERIMENT['floatLayers'], estimator).to(run.device)
        evaluations['float'] = run.train_phase(float_net, 'float', 0, epochs, True, train, test, state)['accuracy']
        net = QuantNet(EXPERIMENT['layers'], estimator).to(run.device)
        with torch.no_grad():
            for name, layer in net.layers.items():
                source_layer = float_net.layers[name]
                layer.kernel.copy_(source_layer.kernel)
                for v in ('bias', 'gamma', 'beta', 'moving_mean', 'moving_variance'):
                    if hasattr(layer, v) and hasattr(source_layer, v):
                        getattr(layer, v).copy_(getattr(source_layer, v))
                if layer.w is not None and hasattr(layer.w, 'init_learned'):
                    layer.w.init_learned(layer.kernel)
        net.to(run.device)
        if cfg['batchNorm']:
            run.calibrate(net, train)
        final = run.evaluate(net, test)
        evaluations['ptq'] = final['accuracy']
        run.log({'type': 'evaluation', 'label': 'ptq', 'testAccuracy': final['accuracy'], 'testLoss': final['loss']})
        if finetune > 0:
            final = run.train_phase(net, 'finetune', 1, finetune, False, train, test, state)
    else:
        net = QuantNet(EXPERIMENT['layers'], estimator).to(run.device)
        state['total'] = epochs * batches
        final = run.train_phase(net, 'train', 0, epochs, False, train, test, state)
    if run.rank == 0:
        if args.save:
            with open(args.save, 'w') as f:
                json.dump(lab_weights_json(net, final['accuracy'], test[0].shape[0], 'pytorch: ' + (args.data or args.torchvision or 'default data')), f)
        summary = {'type': 'summary', 'testAccuracy': final['accuracy'], 'testLoss': final['loss'], 'testImages': test[0].shape[0],
                   'epochs': state['epochs'], 'evaluations': evaluations, 'stepLosses': run.step_losses, 'worldSize': run.world,
                   'device': str(run.device), 'predictions': final['predictions']}
        if args.json:
            print(json.dumps(summary), flush=True)
        else:
            print('test accuracy %.2f%% on %d images' % (100 * final['accuracy'], test[0].shape[0]), flush=True)
    if run.world > 1:
        torch.distributed.destroy_process_group()
`;
