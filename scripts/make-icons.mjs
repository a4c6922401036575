// Draws the app's neutral icon (a plain ring and dot on a teal square: nothing that says what the app is for)
// as PNG files in public/icons/, with no image library: pixels are computed, then written with zlib.
// Run once after changing the design: `node scripts/make-icons.mjs`.
import fs from 'node:fs';
import zlib from 'node:zlib';

const BRAND = [0x24, 0x50, 0x5c];
const WHITE = [0xff, 0xff, 0xff];

function crc32(buf) {
  let c = ~0;
  for (const b of buf) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return ~c >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** Renders the icon at `size` pixels; `scale` shrinks the drawing for the maskable safe zone. */
function drawIcon(size, scale) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  const c = size / 2;
  const ringOuter = size * 0.3 * scale;
  const ringInner = size * 0.22 * scale;
  const dot = size * 0.08 * scale;
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      // 4x4 supersampling for smooth edges.
      let cover = 0;
      for (let sy = 0; sy < 4; sy++)
        for (let sx = 0; sx < 4; sx++) {
          const d = Math.hypot(x + (sx + 0.5) / 4 - c, y + (sy + 0.5) / 4 - c);
          if ((d <= ringOuter && d >= ringInner) || d <= dot) cover++;
        }
      const a = cover / 16;
      const i = y * (size * 4 + 1) + 1 + x * 4;
      for (let k = 0; k < 3; k++) raw[i + k] = Math.round(BRAND[k] * (1 - a) + WHITE[k] * a);
      raw[i + 3] = 255;
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8;
  header[9] = 6;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const ICONS = [
  ['icon-192.png', 192, 1],
  ['icon-512.png', 512, 1],
  ['icon-maskable-512.png', 512, 0.75],
  ['apple-touch-icon.png', 180, 0.9],
];
for (const [name, size, scale] of ICONS) fs.writeFileSync(`public/icons/${name}`, drawIcon(size, scale));
fs.writeFileSync(
  'public/icons/icon.svg',
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100"><rect width="100" height="100" rx="18" fill="#24505c"/><circle cx="50" cy="50" r="26" fill="none" stroke="#fff" stroke-width="8"/><circle cx="50" cy="50" r="8" fill="#fff"/></svg>\n`,
);
console.log('Icons written to public/icons/.');
