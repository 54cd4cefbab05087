import type { DeployReport } from '../train/deploy-report';

/** "7.2× faster than the float simulation on tfjs wasm", or "3.7× slower …": the ratio always ≥ 1, read the right way round. */
export function speedSentence(report: Pick<DeployReport, 'speedup' | 'floatBackend'>): string {
  const { speedup } = report;
  if (!Number.isFinite(speedup) || speedup <= 0) return 'no timing';
  const where = `the float simulation on tfjs ${report.floatBackend} here`;
  if (Math.abs(speedup - 1) < 0.05) return `as fast as ${where}`;
  return speedup > 1 ? `${speedup.toFixed(1)}× faster than ${where}` : `${(1 / speedup).toFixed(1)}× slower than ${where}`;
}
