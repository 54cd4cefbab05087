// Compiles the official ONNX schema (src/export/onnx.proto, copied unchanged from
// github.com/onnx/onnx, onnx/onnx.proto) into the protobufjs JSON descriptor the exporter
// loads (src/export/onnx-proto.json), so the page's worker needs no .proto parser.
//   node scripts/build-onnx-proto.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import protobuf from 'protobufjs';

const dir = join(dirname(fileURLToPath(import.meta.url)), '..', 'src', 'export');
const { root } = protobuf.parse(readFileSync(join(dir, 'onnx.proto'), 'utf8'), { keepCase: true });
writeFileSync(join(dir, 'onnx-proto.json'), `${JSON.stringify(root.toJSON(), null, 1)}\n`);
console.log('[build-onnx-proto] wrote src/export/onnx-proto.json');
