#!/usr/bin/env python3
"""glibc-compat.py LIB VERSION...

Debian's libmozjs-140 is built against glibc 2.38 and binds three symbols at
GLIBC_2.38 (__isoc23_strtol, __isoc23_strtoul, __isoc23_sscanf: the C23 forms
of strtol/strtoul/sscanf, which only add the 0b prefix). Debian 12 has glibc
2.36, whose loader refuses the library for that version need alone.

This edits LIB's GNU symbol-version tables in place, for each VERSION named:
  - every dynamic symbol bound at that version becomes unversioned, so the
    loader takes the first definition in scope: eddy's own (src/core/c23.cc,
    exported from the executable);
  - the version need itself is renamed to another version the library already
    needs from the same file, so no missing version is reported.
Nothing else in the file changes size or place.
"""
import struct
import sys

SHT_DYNSYM, SHT_GNU_VERNEED, SHT_GNU_VERSYM = 11, 0x6FFFFFFE, 0x6FFFFFFF
VER_NDX_GLOBAL = 1


class Elf64:
    def __init__(self, data):
        if data[:4] != b"\x7fELF" or data[4] != 2 or data[5] != 1:
            sys.exit("glibc-compat: not a little-endian ELF64 file")
        self.data = data
        shoff = struct.unpack_from("<Q", data, 0x28)[0]
        shentsize, shnum = struct.unpack_from("<HH", data, 0x3A)
        # (type, offset, size, link) of every section
        self.sections = []
        for i in range(shnum):
            _, stype, _, _, off, size, link, _, _, _ = struct.unpack_from(
                "<IIQQQQIIQQ", data, shoff + i * shentsize)
            self.sections.append((stype, off, size, link))

    def section(self, stype):
        found = [s for s in self.sections if s[0] == stype]
        if len(found) != 1:
            sys.exit(f"glibc-compat: expected one section of type {stype:#x}")
        return found[0]

    def string(self, strtab, offset):
        start = self.sections[strtab][1] + offset
        return bytes(self.data[start:self.data.index(0, start)]).decode()


def patch(path, versions):
    data = bytearray(open(path, "rb").read())
    elf = Elf64(data)
    _, need_off, _, need_strtab = elf.section(SHT_GNU_VERNEED)
    dropped = set()  # version indexes whose symbols become unversioned
    entry = need_off
    while True:
        _, count, _, aux_next, next_entry = struct.unpack_from("<HHIII", data, entry)
        auxes = []  # (offset, hash, other, name)
        aux = entry + aux_next
        for _ in range(count):
            vhash, _, other, name, step = struct.unpack_from("<IHHII", data, aux)
            auxes.append((aux, vhash, other, name))
            aux += step
        kept = [a for a in auxes if elf.string(need_strtab, a[3]) not in versions]
        for offset, _, other, name in auxes:
            if elf.string(need_strtab, name) in versions:
                struct.pack_into("<I", data, offset, kept[0][1])
                struct.pack_into("<I", data, offset + 8, kept[0][3])
                dropped.add(other)
        if next_entry == 0:
            break
        entry += next_entry

    _, sym_off, sym_size, sym_strtab = elf.section(SHT_DYNSYM)
    versym_off = elf.section(SHT_GNU_VERSYM)[1]
    freed = []
    for i in range(sym_size // 24):
        at = versym_off + 2 * i
        if struct.unpack_from("<H", data, at)[0] & 0x7FFF in dropped:
            struct.pack_into("<H", data, at, VER_NDX_GLOBAL)
            name = struct.unpack_from("<I", data, sym_off + 24 * i)[0]
            freed.append(elf.string(sym_strtab, name))
    open(path, "wb").write(data)
    print(f"glibc-compat: {path}: unversioned {' '.join(sorted(freed)) or 'nothing'}")


if __name__ == "__main__":
    if len(sys.argv) < 3:
        sys.exit("usage: glibc-compat.py LIB VERSION...")
    patch(sys.argv[1], set(sys.argv[2:]))
