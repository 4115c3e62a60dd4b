"""Draws Vettok's toolbar icons (a white check on a teal rounded square) as PNGs, no dependencies."""
import struct, zlib, math, sys, os

def png(size):
    teal = (15, 118, 110)
    rows = []
    r = size * 0.22
    # check mark polyline in unit coordinates
    pts = [(0.27, 0.53), (0.43, 0.69), (0.74, 0.34)]
    width = size * 0.11
    def seg_dist(px, py, a, b):
        ax, ay = a[0]*size, a[1]*size; bx, by = b[0]*size, b[1]*size
        dx, dy = bx-ax, by-ay
        t = max(0, min(1, ((px-ax)*dx + (py-ay)*dy) / (dx*dx+dy*dy)))
        return math.hypot(px-(ax+t*dx), py-(ay+t*dy))
    for y in range(size):
        row = bytearray([0])
        for x in range(size):
            cx, cy = x + 0.5, y + 0.5
            # rounded square coverage
            qx = max(r - cx, 0, cx - (size - r)); qy = max(r - cy, 0, cy - (size - r))
            inside = math.hypot(qx, qy) <= r
            if not inside:
                row += bytes((0, 0, 0, 0)); continue
            d = min(seg_dist(cx, cy, pts[0], pts[1]), seg_dist(cx, cy, pts[1], pts[2]))
            a = max(0.0, min(1.0, width/2 - d + 0.5))
            c = tuple(int(teal[i]*(1-a) + 255*a) for i in range(3))
            row += bytes((*c, 255))
        rows.append(bytes(row))
    raw = b''.join(rows)
    def chunk(t, d): return struct.pack('>I', len(d)) + t + d + struct.pack('>I', zlib.crc32(t+d) & 0xffffffff)
    return b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', size, size, 8, 6, 0, 0, 0)) + chunk(b'IDAT', zlib.compress(raw, 9)) + chunk(b'IEND', b'')

out = sys.argv[1] if len(sys.argv) > 1 else 'public/icon'
os.makedirs(out, exist_ok=True)
for s in (16, 32, 48, 128):
    open(os.path.join(out, f'{s}.png'), 'wb').write(png(s))
