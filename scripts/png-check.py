#!/usr/bin/env python3
"""Checks that a PNG screenshot is not blank, using only the standard library.

usage: png-check.py FILE [MIN_COLOURS] [MIN_INK_PERCENT]
Prints the size, the number of distinct colours and the share of pixels that are not
near-white; exits 1 when the image looks blank (too few colours or too little ink).
"""
import struct
import sys
import zlib


def read_png(path):
    with open(path, "rb") as f:
        data = f.read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError("not a PNG file")
    pos, idat, header = 8, [], None
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat.append(body)
        elif kind == b"IEND":
            break
        pos += 12 + length
    width, height, depth, colour_type, _, _, interlace = header
    if depth != 8 or colour_type not in (2, 6) or interlace:
        raise ValueError("only 8-bit RGB/RGBA, non-interlaced PNGs are supported")
    bpp = 3 if colour_type == 2 else 4
    raw = zlib.decompress(b"".join(idat))
    stride = width * bpp
    rows, prev = [], bytearray(stride)
    for y in range(height):
        start = y * (stride + 1)
        kind = raw[start]
        line = bytearray(raw[start + 1:start + 1 + stride])
        if kind == 1:
            for i in range(bpp, stride):
                line[i] = (line[i] + line[i - bpp]) & 0xFF
        elif kind == 2:
            line = bytearray((a + b) & 0xFF for a, b in zip(line, prev))
        elif kind == 3:
            for i in range(stride):
                left = line[i - bpp] if i >= bpp else 0
                line[i] = (line[i] + ((left + prev[i]) >> 1)) & 0xFF
        elif kind == 4:
            for i in range(stride):
                a = line[i - bpp] if i >= bpp else 0
                b = prev[i]
                c = prev[i - bpp] if i >= bpp else 0
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 0xFF
        rows.append(bytes(line))
        prev = line
    return width, height, bpp, rows


def main():
    path = sys.argv[1]
    min_colours = int(sys.argv[2]) if len(sys.argv) > 2 else 32
    min_ink = float(sys.argv[3]) if len(sys.argv) > 3 else 2.0
    width, height, bpp, rows = read_png(path)
    colours, ink = set(), 0
    for line in rows:
        for x in range(0, len(line), bpp):
            rgb = line[x:x + 3]
            colours.add(rgb)
            if min(rgb) < 235:
                ink += 1
    share = 100.0 * ink / (width * height)
    print(f"{path}: {width}x{height}, {len(colours)} colours, {share:.1f}% ink")
    if len(colours) < min_colours or share < min_ink:
        print(f"{path}: looks blank (want at least {min_colours} colours and {min_ink}% ink)", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
