/**
 * Draws Accord's icon (a white tick on a blue rounded square) at the sizes Chrome asks
 * for, into public/icon/<size>.png, where WXT picks them up. Run once after a design change:
 * `npx tsx scripts/make-icons.ts`. Plain PNG encoding with zlib: no image library needed.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { deflateSync } from 'node:zlib';

const BLUE = [11, 87, 208];
const SIZES = [16, 32, 48, 128];

function crc32(buf: Buffer): number {
  let c = ~0;
  for (const byte of buf) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return ~c >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** Distance from point p to segment ab. */
function toSegment(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const t = Math.max(
    0,
    Math.min(1, ((px - ax) * (bx - ax) + (py - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)),
  );
  return Math.hypot(px - (ax + t * (bx - ax)), py - (ay + t * (by - ay)));
}

function pixel(x: number, y: number, size: number): [number, number, number, number] {
  const u = (x + 0.5) / size;
  const v = (y + 0.5) / size;
  const r = 0.2; // corner radius
  const cx = Math.min(Math.max(u, r), 1 - r);
  const cy = Math.min(Math.max(v, r), 1 - r);
  const inside = Math.hypot(u - cx, v - cy) <= r;
  if (!inside) return [0, 0, 0, 0];
  const tick = Math.min(toSegment(u, v, 0.26, 0.52, 0.43, 0.69), toSegment(u, v, 0.43, 0.69, 0.75, 0.33));
  return tick < 0.075 ? [255, 255, 255, 255] : [BLUE[0]!, BLUE[1]!, BLUE[2]!, 255];
}

function png(size: number): Buffer {
  const rows: Buffer[] = [];
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let x = 0; x < size; x++) Buffer.from(pixel(x, y, size)).copy(row, 1 + x * 4);
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const dir = resolve(import.meta.dirname, '../public/icon');
mkdirSync(dir, { recursive: true });
for (const size of SIZES) writeFileSync(resolve(dir, `${size}.png`), png(size));
console.log(`wrote ${SIZES.length} icons to ${dir}`);
