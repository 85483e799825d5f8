/** Timing and child-process helpers for the benchmark. */
import { spawnSync } from 'child_process';
import * as path from 'path';

/** Median wall time (ms) of `runs` calls, after one warm-up call. */
export function medianMs(runs: number, fn: () => unknown): number {
  fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    fn();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  times.sort((a, b) => a - b);
  return round(times[Math.floor(times.length / 2)]);
}

/**
 * Wall time (ms) of `fn`, and the CPU time (ms, user + system, every thread of this process) it
 * took: on a shared machine waiting for a core inflates the first, hardly the second.
 */
export async function timeMs<T>(fn: () => Promise<T>): Promise<{ ms: number; cpuMs: number; value: T }> {
  const start = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  const value = await fn();
  const used = process.cpuUsage(cpu);
  return { ms: round(Number(process.hrtime.bigint() - start) / 1e6), cpuMs: round((used.user + used.system) / 1000), value };
}

export function round(n: number, digits = 1): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

export const MB = 1024 * 1024;

/** What a child process reports: its own figures plus its peak resident memory. */
export interface ChildResult {
  [key: string]: unknown;
  maxRssMB: number;
}

/**
 * Runs a compiled bench script in a fresh Node process (so peak memory is that case's alone) and
 * parses the JSON it prints last. The child adds `maxRssMB` from process.resourceUsage().
 */
export function runChild(script: string, args: string[]): ChildResult {
  const file = path.join(__dirname, script);
  const out = spawnSync(process.execPath, ['--expose-gc', file, ...args], { encoding: 'utf8', maxBuffer: 64 * MB });
  if (out.status !== 0) throw new Error(`${script} ${args.join(' ')} failed (${out.status}):\n${out.stderr}`);
  const lines = out.stdout.trim().split('\n');
  return JSON.parse(lines[lines.length - 1]) as ChildResult;
}

/** Called at the end of a child script: prints its figures with its peak RSS. */
export function reportFromChild(figures: Record<string, unknown>): void {
  const maxRssMB = round(process.resourceUsage().maxRSS / 1024);
  process.stdout.write(`${JSON.stringify({ ...figures, maxRssMB })}\n`);
}

/** The repository root (this file runs from bench/.build/bench/). */
export const ROOT = path.resolve(__dirname, '..', '..', '..');
