/**
 * Task pane: webpack production build into a temporary folder; gzipped size of the JavaScript
 * the first screen loads (the taskpane entry's initial chunks; office.js comes from its CDN and
 * is not counted) and of every lazily loaded chunk. Target: first screen ≤ 150 KB gzipped.
 */
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { gzipSync } from 'zlib';
import { round, timeMs, ROOT } from '../measure';
import { scriptsLoadedOnOpen } from './taskpane-load';

interface WebpackStats {
  hasErrors(): boolean;
  toJson(options: object): {
    errors?: Array<{ message: string }>;
    entrypoints?: Record<string, { assets: Array<{ name: string }> }>;
    chunks?: Array<{ initial: boolean; files: string[]; modules?: Array<{ name?: string; identifier?: string; size?: number }> }>;
  };
}
type Webpack = (config: object, callback: (err: Error | null, stats?: WebpackStats) => void) => void;
type ConfigFactory = (env: object, options: { mode: string }) => Promise<{ output: object; [key: string]: unknown }>;

export interface ChunkSize {
  file: string;
  /** The largest module in the chunk, to tell what it is. */
  holds?: string;
  bytes: number;
  gzipKB: number;
}

export interface TaskpaneFigures {
  buildMs: number;
  /** The taskpane entry's initial chunks. */
  firstScreen: { files: ChunkSize[]; gzipKB: number };
  /** What Chromium actually loaded on opening taskpane.html (a lazy chunk fetched at start-up counts here). */
  loadedOnOpen: { files: ChunkSize[]; gzipKB: number } | { error: string };
  lazy: { files: ChunkSize[]; gzipKB: number };
  targetMet: boolean;
}

const FIRST_SCREEN_TARGET_KB = 150;

function build(config: object): Promise<WebpackStats> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const webpack = require(path.join(ROOT, 'node_modules', 'webpack')) as Webpack;
  return new Promise((resolve, reject) => {
    webpack(config, (err, stats) => {
      if (err || !stats) return reject(err ?? new Error('webpack gave no stats'));
      if (stats.hasErrors()) return reject(new Error(stats.toJson({ all: false, errors: true }).errors!.map((e) => e.message).join('\n').slice(0, 2000)));
      resolve(stats);
    });
  });
}

async function sizeOf(dir: string, file: string): Promise<ChunkSize> {
  const bytes = await fs.readFile(path.join(dir, file));
  return { file, bytes: bytes.length, gzipKB: round(gzipSync(bytes, { level: 9 }).length / 1024) };
}

function largestModule(modules: Array<{ name?: string; identifier?: string; size?: number }>): string {
  const top = [...modules].sort((a, b) => (b.size ?? 0) - (a.size ?? 0))[0];
  const name = top?.name ?? top?.identifier?.split('!').pop();
  return name ? name.replace(/^.*?(node_modules\/)/, '$1').replace(/^\.\//, '').replace(/ \+ \d+ modules$/, '').slice(0, 60) : '';
}

const sum = (files: ChunkSize[]) => round(files.reduce((a, f) => a + f.gzipKB, 0));

export async function benchTaskpane(): Promise<TaskpaneFigures> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'task-ledger-web-'));
  const cwd = process.cwd();
  try {
    process.chdir(ROOT);
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const factory = require(path.join(ROOT, 'webpack.config.js')) as ConfigFactory;
    const config = await factory({}, { mode: 'production' });
    const { ms, value: stats } = await timeMs(() => build({ ...config, mode: 'production', output: { ...config.output, path: dir } }));
    const json = stats.toJson({ all: false, entrypoints: true, chunks: true, chunkModules: true, modules: true, assets: true, ids: true });
    const isJs = (f: string) => f.endsWith('.js');
    const first = json.entrypoints!.taskpane.assets.map((a) => a.name).filter(isJs);
    const firstFiles = await Promise.all(first.map((f) => sizeOf(dir, f)));
    const lazyChunks = json.chunks!.filter((c) => !c.initial);
    const lazyFiles = await Promise.all(
      lazyChunks.flatMap((c) => c.files.filter(isJs).map(async (f) => ({ ...(await sizeOf(dir, f)), holds: largestModule(c.modules ?? []) }))),
    );
    const onOpen = await scriptsLoadedOnOpen(dir).then(
      async (files) => {
        const sizes = await Promise.all(files.map((f) => sizeOf(dir, f)));
        return { files: sizes, gzipKB: sum(sizes) };
      },
      (err: Error) => ({ error: err.message.split('\n')[0] }),
    );
    return {
      buildMs: ms,
      firstScreen: { files: firstFiles, gzipKB: sum(firstFiles) },
      loadedOnOpen: onOpen,
      lazy: { files: lazyFiles.sort((a, b) => b.bytes - a.bytes), gzipKB: sum(lazyFiles) },
      targetMet: sum(firstFiles) <= FIRST_SCREEN_TARGET_KB && (!('gzipKB' in onOpen) || onOpen.gzipKB <= FIRST_SCREEN_TARGET_KB),
    };
  } finally {
    process.chdir(cwd);
    await fs.rm(dir, { recursive: true, force: true });
  }
}
