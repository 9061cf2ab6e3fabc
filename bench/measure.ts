/** Timing helpers for the benchmarks: wall-clock runs, medians, throughput. */
import { performance } from 'node:perf_hooks';

/** Milliseconds one call of `fn` takes. */
export function timeOnce(fn: () => unknown): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

/** Times `runs` calls of `fn` after `warmup` untimed ones; returns the durations in ms. */
export function timeRuns(fn: () => unknown, runs: number, warmup = 2): number[] {
  for (let i = 0; i < warmup; i++) fn();
  const out: number[] = [];
  for (let i = 0; i < runs; i++) out.push(timeOnce(fn));
  return out;
}

/** The median of a non-empty list (mean of the middle two for an even count). */
export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** The `p`-th percentile (0–100) by nearest rank. */
export function percentile(xs: readonly number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
}

/** UTF-8 size of a string in bytes. */
export function utf8Bytes(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

/** Throughput in MB/s (10^6 bytes per second) for `bytes` processed in `ms` milliseconds. */
export function mbPerSecond(bytes: number, ms: number): number {
  return bytes / 1e6 / (ms / 1000);
}

/** One result line: label, figure, target and whether the figure meets it. */
export function report(label: string, figure: string, target: string, met: boolean): void {
  console.log(`${label.padEnd(48)} ${figure.padStart(14)}   target ${target.padEnd(12)} ${met ? 'ok' : 'MISSED'}`);
}
