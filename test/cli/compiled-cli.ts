import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmdirSync, statSync } from 'node:fs';
import * as path from 'node:path';

const ROOT = path.join(__dirname, '..', '..');
const ENTRY = path.join(ROOT, 'dist', 'cli', 'main.js');
const LOCK = path.join(ROOT, 'dist', '.build-cli.lock');

/** The newest modification time of the TypeScript sources the CLI is compiled from. */
function newestSource(dir = path.join(ROOT, 'src')): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(full) : statSync(full).mtimeMs);
  }
  return newest;
}

function stale(): boolean {
  try {
    return statSync(ENTRY).mtimeMs < newestSource();
  } catch {
    return true;
  }
}

/**
 * The compiled CLI (dist/cli) for tests that spawn `bin/task-ledger.js`: compiled again only when a
 * source is newer, and by one test file at a time (a lock directory), since Jest runs test files in
 * parallel and a file half written by one build fails another's run (`register is not a function`).
 * `npm ci` compiles it first (prepare), so CI never recompiles while tests run.
 */
export function ensureCompiledCli(): void {
  if (!stale()) return;
  mkdirSync(path.dirname(LOCK), { recursive: true });
  const deadline = Date.now() + 120_000;
  for (;;) {
    try {
      mkdirSync(LOCK);
      break;
    } catch {
      if (Date.now() > deadline) throw new Error(`dist/cli 编译锁 ${LOCK} 已被占用超过两分钟`);
      spawnSync('sleep', ['0.5']);
    }
  }
  try {
    // The build may report type errors in files still being written; it emits anyway.
    if (stale()) spawnSync('npm', ['run', 'build:cli'], { cwd: ROOT, encoding: 'utf8' });
  } finally {
    rmdirSync(LOCK);
  }
}
