#!/usr/bin/env python3
"""What holds the biggest primitive arrays of a heap dump (for the timeline soak's --diagnose).

    docs/bench/hprof-holders.py target/soak/<time>/heap-20000.hprof [--type=int] [--min-kb=64] [--depth=6]

Reads an HPROF file (as HotSpot writes it), takes every primitive array of the given element type
of at least --min-kb, and prints, grouped, the chains of objects that refer to them, walking up to
--depth levels towards the roots (a class's static field ends a chain). Python 3, no packages.
"""
import collections
import struct
import sys

TYPE_SIZES = {2: 0, 4: 1, 5: 2, 6: 4, 7: 8, 8: 1, 9: 2, 10: 4, 11: 8}  # 2 = object: the id size
TYPE_NAMES = {"boolean": 4, "char": 5, "float": 6, "double": 7, "byte": 8, "short": 9, "int": 10, "long": 11}


def main():
    args = dict(a[2:].split("=", 1) for a in sys.argv[2:] if a.startswith("--"))
    element = TYPE_NAMES[args.get("type", "int")]
    min_bytes = int(args.get("min-kb", "64")) * 1024
    depth = int(args.get("depth", "6"))
    data = open(sys.argv[1], "rb").read()
    end = data.index(b"\0")
    ids = struct.unpack(">I", data[end + 1:end + 5])[0]
    idf = ">Q" if ids == 8 else ">I"
    pos = end + 13
    strings, class_names, classes, instances, obj_arrays, targets = {}, {}, {}, [], [], {}
    statics = []  # (class id, field name, referenced id)

    def rid(p):
        return struct.unpack_from(idf, data, p)[0]

    while pos < len(data):
        tag = data[pos]
        length = struct.unpack_from(">I", data, pos + 5)[0]
        body = pos + 9
        pos = body + length
        if tag == 0x01:
            strings[rid(body)] = data[body + ids:body + length].decode("utf-8", "replace")
        elif tag == 0x02:
            class_names[rid(body + 4)] = rid(body + 8 + ids)
        elif tag in (0x0C, 0x1C):
            p = body
            while p < pos:
                sub = data[p]
                p += 1
                if sub == 0xFF or sub == 0x05 or sub == 0x07:
                    p += ids
                elif sub == 0x01:
                    p += 2 * ids
                elif sub in (0x02, 0x03, 0x08):
                    p += ids + 8
                elif sub in (0x04, 0x06):
                    p += ids + 4
                elif sub == 0x20:
                    cid = rid(p)
                    sup = rid(p + 4 + ids)
                    p += 7 * ids + 8
                    count = struct.unpack_from(">H", data, p)[0]
                    p += 2
                    for _ in range(count):  # constant pool: index, type, value
                        t = data[p + 2]
                        p += 3 + (TYPE_SIZES[t] or ids)
                    count = struct.unpack_from(">H", data, p)[0]
                    p += 2
                    for _ in range(count):  # static fields: name, type, value
                        name = rid(p)
                        t = data[p + ids]
                        if t == 2:
                            statics.append((cid, name, rid(p + ids + 1)))
                        p += ids + 1 + (TYPE_SIZES[t] or ids)
                    count = struct.unpack_from(">H", data, p)[0]
                    p += 2
                    fields = []
                    for _ in range(count):  # instance fields: name, type
                        fields.append((rid(p), data[p + ids]))
                        p += ids + 1
                    classes[cid] = (sup, fields)
                elif sub == 0x21:
                    oid = rid(p)
                    cid = rid(p + 4 + ids)
                    n = struct.unpack_from(">I", data, p + 4 + 2 * ids)[0]
                    start = p + 8 + 2 * ids
                    instances.append((oid, cid, start))
                    p = start + n
                elif sub == 0x22:
                    oid = rid(p)
                    n = struct.unpack_from(">I", data, p + 4 + ids)[0]
                    cid = rid(p + 8 + ids)
                    start = p + 8 + 2 * ids
                    obj_arrays.append((oid, cid, start, n))
                    p = start + n * ids
                elif sub == 0x23:
                    oid = rid(p)
                    n = struct.unpack_from(">I", data, p + 4 + ids)[0]
                    t = data[p + 8 + ids]
                    size = n * TYPE_SIZES[t]
                    if t == element and size >= min_bytes:
                        targets[oid] = size
                    p += 9 + ids + size
                else:
                    raise SystemExit("unknown heap record 0x%02x at %d" % (sub, p))

    def name_of(cid):
        return strings.get(class_names.get(cid), "?").replace("/", ".")

    layouts = {}

    def layout(cid):
        if cid not in layouts:
            out, c = [], cid
            while c in classes:
                sup, fields = classes[c]
                out.extend(fields)
                c = sup
            layouts[cid] = out
        return layouts[cid]

    def referrers(wanted):
        found = collections.defaultdict(list)
        for oid, cid, start in instances:
            p = start
            for fname, t in layout(cid):
                if t == 2:
                    ref = rid(p)
                    if ref in wanted:
                        found[ref].append((oid, name_of(cid) + "." + strings.get(fname, "?")))
                p += TYPE_SIZES[t] or ids
        for oid, cid, start, n in obj_arrays:
            for i in range(n):
                ref = rid(start + i * ids)
                if ref in wanted:
                    found[ref].append((oid, name_of(cid) + "[]"))
        for cid, fname, ref in statics:
            if ref in wanted:
                found[ref].append((None, "static " + name_of(cid) + "." + strings.get(fname, "?")))
        return found

    print("%d arrays >= %d KB, %.1f MB in all" % (len(targets), min_bytes // 1024, sum(targets.values()) / 1e6))
    chains = {t: [] for t in targets}
    frontier = {t: t for t in targets}  # current object -> target it leads to
    for _ in range(depth):
        found = referrers(set(frontier))
        nxt = {}
        for obj, target in frontier.items():
            refs = found.get(obj, [])
            if not refs:
                continue
            # A strong referrer tells more than a weak, soft or phantom one.
            strong = [r for r in refs if not r[1].endswith(".referent")]
            holder, how = (strong or refs)[0]
            chains[target].append(how + ("" if len(refs) == 1 else " (+%d more)" % (len(refs) - 1)))
            if holder is not None:
                nxt[holder] = target
        frontier = nxt
        if not frontier:
            break
    groups = collections.Counter()
    sizes = collections.Counter()
    for target, chain in chains.items():
        key = " <- ".join(chain) or "(no referrer: a root)"
        groups[key] += 1
        sizes[key] += targets[target]
    for key, size in sizes.most_common(15):
        print("%7.1f MB %4d  %s" % (size / 1e6, groups[key], key))


if __name__ == "__main__":
    main()
