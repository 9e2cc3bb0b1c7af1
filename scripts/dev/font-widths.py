#!/usr/bin/env python3
"""Prints the advance widths table of core/doc_font.c (1/1000 em) from the
Liberation Serif fonts, which are metric-compatible with Times New Roman:
regular, bold, italic, bold italic for ASCII and the letters of Vietnamese
that do not reduce to an ASCII base letter plus combining marks.

    scripts/dev/font-widths.py [/usr/share/fonts/truetype/liberation2]
"""
import struct
import sys

DIR = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/fonts/truetype/liberation2"
FACES = ["Regular", "Bold", "Italic", "BoldItalic"]
# Must match doc_font.c's EXTRA[]: Đ đ, the horn letters (Ơ ơ Ư ư, which
# NFD decomposes with U+031B), typographic punctuation.
EXTRA = [0x0110, 0x0111, 0x01A0, 0x01A1, 0x01AF, 0x01B0, 0x2013, 0x2014,
         0x2018, 0x2019, 0x201C, 0x201D, 0x2026, 0x00A0, 0x00B0]


def tables(data):
    n = struct.unpack(">H", data[4:6])[0]
    out = {}
    for i in range(n):
        tag, _, off, ln = struct.unpack(">4sIII", data[12 + 16 * i:28 + 16 * i])
        out[tag.decode()] = data[off:off + ln]
    return out


def cmap4(cmap):
    nsub = struct.unpack(">H", cmap[2:4])[0]
    for i in range(nsub):
        pid, eid, off = struct.unpack(">HHI", cmap[4 + 8 * i:12 + 8 * i])
        if (pid, eid) in ((3, 1), (0, 3)) and struct.unpack(">H", cmap[off:off + 2])[0] == 4:
            t = cmap[off:]
            segx2 = struct.unpack(">H", t[6:8])[0]
            seg = segx2 // 2
            ends = struct.unpack(">%dH" % seg, t[14:14 + segx2])
            starts = struct.unpack(">%dH" % seg, t[16 + segx2:16 + 2 * segx2])
            deltas = struct.unpack(">%dh" % seg, t[16 + 2 * segx2:16 + 3 * segx2])
            roff_at = 16 + 3 * segx2
            roffs = struct.unpack(">%dH" % seg, t[roff_at:roff_at + segx2])

            def glyph(c):
                for k in range(seg):
                    if starts[k] <= c <= ends[k]:
                        if roffs[k] == 0:
                            return (c + deltas[k]) & 0xFFFF
                        at = roff_at + 2 * k + roffs[k] + 2 * (c - starts[k])
                        g = struct.unpack(">H", t[at:at + 2])[0]
                        return (g + deltas[k]) & 0xFFFF if g else 0
                return 0
            return glyph
    raise SystemExit("no cmap format 4")


def widths(path):
    data = open(path, "rb").read()
    t = tables(data)
    upem = struct.unpack(">H", t["head"][18:20])[0]
    nh = struct.unpack(">H", t["hhea"][34:36])[0]
    hmtx = t["hmtx"]
    glyph = cmap4(t["cmap"])

    def adv(c):
        g = min(glyph(c), nh - 1)
        return round(struct.unpack(">H", hmtx[4 * g:4 * g + 2])[0] * 1000 / upem)
    return [adv(c) for c in list(range(0x20, 0x7F)) + EXTRA]


for face in FACES:
    w = widths("%s/LiberationSerif-%s.ttf" % (DIR, face))
    print("\t/* %s */" % face)
    print("\t{")
    for i in range(0, len(w), 12):
        print("\t\t" + ", ".join("%d" % x for x in w[i:i + 12]) + ",")
    print("\t},")
