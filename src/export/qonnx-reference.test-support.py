"""A QONNX model checked with onnx.checker and evaluated in numpy, for src/export/qonnx.test.ts.

Usage: python3 qonnx-reference.test-support.py JOBS.json
JOBS.json lists {"model", "pixels", "shape": [N, H, W, C], "batch", "logits"}: each model
is checked, run on its N images (float32 NHWC, little-endian) in batches of `batch`, as the
lab evaluates, and its logits written (float32); one JSON line per job is printed:
{"checker": "ok" | message, "onnx": version, "ops": [...]}.

Quant and BipolarQuant are written from the QONNX spec text (fastmachinelearning/qonnx
v0.4.0, docs/qonnx-custom-ops/quant_op.md and bipolar_quant_op.md), not from the lab's
code; the standard ops from the ONNX operator documents. Every value stays float32.
"""
import json
import sys

import numpy as np
import onnx
from onnx import numpy_helper

F32 = np.float32
QONNX_DOMAIN = "qonnx.custom_op.general"


def int_range(signed, narrow, bits):
    # min_int / max_int of the spec
    if signed:
        return -(2 ** (bits - 1)) + (1 if narrow else 0), 2 ** (bits - 1) - 1
    return 0, 2 ** bits - 1 - (1 if narrow else 0)


def quant(x, scale, zeropt, bitwidth, signed, narrow, rounding_mode):
    if rounding_mode.upper() != "ROUND":
        raise ValueError(f"rounding_mode {rounding_mode} is not used by these models")
    bits = float(np.asarray(bitwidth))
    if bits != int(bits) or bits < 2:
        raise ValueError(f"Quant bitwidth must be an integer of at least 2, got {bits}")
    lo, hi = int_range(signed, narrow, int(bits))
    y = x / scale + zeropt
    y = np.where(y > hi, F32(hi), y)
    y = np.where(y < lo, F32(lo), y)
    y = np.round(y)  # half to even
    return ((y - zeropt) * scale).astype(F32)


def bipolar_quant(x, scale):
    return (np.where(x >= 0, F32(1), F32(-1)) * scale).astype(F32)


def attrs(node):
    return {a.name: onnx.helper.get_attribute_value(a) for a in node.attribute}


def conv(x, w, b, a):
    kh, kw = a["kernel_shape"]
    sh, sw = a.get("strides", [1, 1])
    pt, pl, pb, pr = a.get("pads", [0, 0, 0, 0])
    xp = np.pad(x, ((0, 0), (0, 0), (pt, pb), (pl, pr)))
    n, _, h, wd = xp.shape
    oh, ow = (h - kh) // sh + 1, (wd - kw) // sw + 1
    out = np.zeros((n, w.shape[0], oh, ow), dtype=F32)
    for i in range(kh):
        for j in range(kw):
            patch = xp[:, :, i : i + sh * (oh - 1) + 1 : sh, j : j + sw * (ow - 1) + 1 : sw]
            out += np.einsum("nchw,oc->nohw", patch, w[:, :, i, j], dtype=F32)
    if b is not None:
        out += b[None, :, None, None]
    return out


def max_pool(x, a):
    kh, kw = a["kernel_shape"]
    sh, sw = a.get("strides", [1, 1])
    if (kh, kw) != (sh, sw) or any(a.get("pads", [0])):
        raise ValueError("only non-overlapping pools without padding are used here")
    n, c, h, w = x.shape
    oh, ow = h // kh, w // kw
    return x[:, :, : oh * kh, : ow * kw].reshape(n, c, oh, kh, ow, kw).max(axis=(3, 5))


def batch_norm(x, gamma, beta, mean, var, a):
    shape = (1, -1) + (1,) * (x.ndim - 2)
    eps = F32(a.get("epsilon", 1e-5))
    return ((x - mean.reshape(shape)) / np.sqrt(var.reshape(shape) + eps) * gamma.reshape(shape) + beta.reshape(shape)).astype(F32)


def reduce(fn, x, a):
    if "axes" in a:
        raise ValueError("only whole-tensor reductions are used here")
    return fn(x, keepdims=bool(a.get("keepdims", 1))).astype(F32)


def run_node(node, v):
    a = attrs(node)
    i = [v[name] if name else None for name in node.input]
    op = node.op_type
    if node.domain == QONNX_DOMAIN:
        if op == "Quant":
            return quant(i[0], i[1], i[2], i[3], a.get("signed", 1), a.get("narrow", 0), a.get("rounding_mode", b"ROUND").decode())
        if op == "BipolarQuant":
            return bipolar_quant(i[0], i[1])
        raise ValueError(f"unknown QONNX op {op}")
    if node.domain not in ("", "ai.onnx"):
        raise ValueError(f"unknown domain {node.domain}")
    simple = {
        "Add": lambda: i[0] + i[1],
        "Sub": lambda: i[0] - i[1],
        "Mul": lambda: i[0] * i[1],
        "Div": lambda: i[0] / i[1],
        "Max": lambda: np.maximum(i[0], i[1]),
        "Neg": lambda: -i[0],
        "Round": lambda: np.round(i[0]),
        "Relu": lambda: np.maximum(i[0], F32(0)),
        "Greater": lambda: i[0] > i[1],
        "Where": lambda: np.where(i[0], i[1], i[2]),
        "MatMul": lambda: np.matmul(i[0], i[1]),
        "Transpose": lambda: np.transpose(i[0], a["perm"]),
        "Flatten": lambda: i[0].reshape(int(np.prod(i[0].shape[: a.get("axis", 1)])), -1),
        "ReduceMin": lambda: reduce(np.min, i[0], a),
        "ReduceMax": lambda: reduce(np.max, i[0], a),
        "Conv": lambda: conv(i[0], i[1], i[2] if len(i) > 2 else None, a),
        "MaxPool": lambda: max_pool(i[0], a),
        "BatchNormalization": lambda: batch_norm(*i[:5], a),
    }
    if op not in simple:
        raise ValueError(f"op {op} is not implemented by this evaluator")
    out = simple[op]()
    return out if out.dtype == np.bool_ else np.asarray(out, dtype=F32)


def evaluate(model, pixels):
    v = {t.name: numpy_helper.to_array(t).astype(F32) for t in model.graph.initializer}
    v["pixels"] = pixels
    for node in model.graph.node:
        v[node.output[0]] = run_node(node, v)
    return np.asarray(v["logits"], dtype=F32)


def run_job(job):
    model = onnx.load(job["model"])
    try:
        onnx.checker.check_model(model)
        checker = "ok"
    except onnx.checker.ValidationError as error:
        checker = str(error).splitlines()[0]
    pixels = np.fromfile(job["pixels"], dtype="<f4").reshape(job["shape"])
    batch = job["batch"]
    logits = [evaluate(model, pixels[start : start + batch]) for start in range(0, len(pixels), batch)]
    np.concatenate(logits).astype("<f4").tofile(job["logits"])
    ops = sorted({(n.domain or "ai.onnx") + "." + n.op_type for n in model.graph.node})
    return {"checker": checker, "onnx": onnx.__version__, "ops": ops}


def main():
    with open(sys.argv[1]) as f:
        jobs = json.load(f)
    for job in jobs:
        print(json.dumps(run_job(job)), flush=True)


if __name__ == "__main__":
    main()
