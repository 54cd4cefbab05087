import { describe, expect, it } from 'vitest';
import { recoveredCell } from './report';
import type { QatVsPtq } from './results';

const pair = (float: number, ptq: number, qat: number, recoveredShare: number | null): QatVsPtq => ({
  qat: 's/qat', ptq: 's/ptq', bits: 4, float, ptqAccuracy: ptq, qatAccuracy: qat, ptqLossTwoSe: 0.001, gainTwoSe: 0.001, recoveredShare,
});

describe('the recovered cell of the QAT against PTQ table', () => {
  it('prints the share as a percentage', () => {
    expect(recoveredCell(pair(0.98, 0.96, 0.975, 0.75))).toBe('75%');
  });
  it('says when QAT ended above the float network', () => {
    expect(recoveredCell(pair(0.98, 0.96, 0.985, 1.25))).toBe('125% (QAT above float)');
  });
  it('tells a loss within spread from no loss at all', () => {
    expect(recoveredCell(pair(0.98, 0.979, 0.98, null))).toBe('loss within spread');
    expect(recoveredCell(pair(0.98, 0.98, 0.98, null))).toBe('PTQ lost nothing');
  });
});
