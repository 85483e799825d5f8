// Preloaded with `node -r` into a CLI process under test: every write of 16 KB or more goes out
// 4 KB at a time, 30 ms apart, and `SLOW-WRITE <file>` is printed to stderr when one begins, so
// a test can kill the process in the middle of writing (or run two writers into each other).
'use strict';
const fsp = require('fs').promises; // eslint-disable-line @typescript-eslint/no-require-imports

const CHUNK = 4096;
const PAUSE_MS = 30;
const SLOW_FROM = 16384;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function slowly(handle, data, file) {
  const bytes = typeof data === 'string' ? Buffer.from(data) : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  process.stderr.write(`SLOW-WRITE ${file}\n`);
  for (let at = 0; at < bytes.length; at += CHUNK) {
    await handle.write(bytes, at, Math.min(CHUNK, bytes.length - at));
    await sleep(PAUSE_MS);
  }
}

const realOpen = fsp.open.bind(fsp);
fsp.open = async (file, flags, mode) => {
  const handle = await realOpen(file, flags, mode);
  const realWriteFile = handle.writeFile.bind(handle);
  handle.writeFile = (data, options) => (data.length >= SLOW_FROM ? slowly(handle, data, String(file)) : realWriteFile(data, options));
  return handle;
};

const realWriteFile = fsp.writeFile.bind(fsp);
fsp.writeFile = async (file, data, options) => {
  if (typeof file !== 'string' || typeof data === 'string' || data.length < SLOW_FROM) return realWriteFile(file, data, options);
  const handle = await realOpen(file, 'w');
  try {
    await slowly(handle, data, file);
  } finally {
    await handle.close();
  }
};
