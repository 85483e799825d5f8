#!/usr/bin/env node
'use strict';
// Draws the add-in's icons (a ledger sheet with a column of red/yellow/green lights) as PNGs
// at 16, 32, 64 and 80 px, plus a 128 px logo. Pure Node: zlib + hand-written PNG chunks.
// Run `node scripts/draw-icons.js` after changing the drawing; the PNGs are committed.
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const SS = 4; // supersampling per axis, for smooth edges

function crc32(buf) {
  let c, crc = 0xffffffff;
  for (let n = 0; n < buf.length; n++) {
    c = (crc ^ buf[n]) & 0xff;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    crc = (crc >>> 8) ^ c;
  }
  return (crc ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4); len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4); crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}
function png(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0); ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; ihdr[9] = 6; ihdr[10] = 0; ihdr[11] = 0; ihdr[12] = 0;
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr), chunk('IDAT', zlib.deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0)),
  ]);
}
const hex = (h) => [parseInt(h.slice(1, 3), 16), parseInt(h.slice(3, 5), 16), parseInt(h.slice(5, 7), 16), 255];

// Shapes in a 0..1 unit square; later shapes paint over earlier ones.
function inRoundRect(x, y, x0, y0, x1, y1, r) {
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  const cx = Math.min(Math.max(x, x0 + r), x1 - r), cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}
const inCircle = (x, y, cx, cy, r) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r;

function colourAt(x, y, size) {
  const small = size <= 16;
  let c = [0, 0, 0, 0];
  if (inRoundRect(x, y, 0.04, 0.04, 0.96, 0.96, 0.16)) c = hex('#1e6b52'); // deep green tile
  if (inRoundRect(x, y, 0.16, 0.13, 0.84, 0.87, 0.05)) c = hex('#ffffff'); // the sheet
  const rows = [0.3, 0.5, 0.7];
  const lights = ['#d83b2f', '#f2b705', '#2e9e5b'];
  rows.forEach((ry, i) => {
    if (inCircle(x, y, 0.31, ry, small ? 0.085 : 0.07)) c = hex(lights[i]);
    const lineH = small ? 0.06 : 0.035;
    if (x > 0.43 && x < (i === 1 ? 0.66 : 0.75) && Math.abs(y - ry) < lineH) c = hex('#5b6b66');
  });
  return c;
}

function draw(size) {
  const buf = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const acc = [0, 0, 0, 0];
      for (let sy = 0; sy < SS; sy++) for (let sx = 0; sx < SS; sx++) {
        const c = colourAt((px + (sx + 0.5) / SS) / size, (py + (sy + 0.5) / SS) / size, size);
        acc[0] += c[0] * c[3]; acc[1] += c[1] * c[3]; acc[2] += c[2] * c[3]; acc[3] += c[3];
      }
      const o = (py * size + px) * 4;
      const a = acc[3] / (SS * SS);
      buf[o] = acc[3] ? Math.round(acc[0] / acc[3]) : 0;
      buf[o + 1] = acc[3] ? Math.round(acc[1] / acc[3]) : 0;
      buf[o + 2] = acc[3] ? Math.round(acc[2] / acc[3]) : 0;
      buf[o + 3] = Math.round(a);
    }
  }
  return png(size, buf);
}

const out = path.join(__dirname, '..', 'assets');
fs.mkdirSync(out, { recursive: true });
for (const size of [16, 32, 64, 80]) fs.writeFileSync(path.join(out, `icon-${size}.png`), draw(size));
fs.writeFileSync(path.join(out, 'logo-filled.png'), draw(128));
console.log('icons written to', out);
