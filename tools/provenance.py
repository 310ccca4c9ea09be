#!/usr/bin/env python3
"""Measures how much of eddy's lib/ repeats Node's own lib/ (make provenance).

    tools/provenance.py NODE_LIB [FILE...]

A line of ours is "shared" when, ignoring all white space, it is 25 or
more characters long, is not a comment, and occurs anywhere in Node's
lib/; it is counted only inside a run of 4 or more consecutive shared lines.
Lone shared lines are API names and error codes that any implementation
repeats; runs are carried-over code. Blank, short and comment lines are left
out of both counts.

Prints each file with shared lines (worst first) and the total. Fails
(status 1) when a file of 60 or more counted lines is over 15% shared, or
when all of lib/ is over 5%.
"""
import pathlib
import re
import sys

MIN_CHARS = 25
MIN_RUN = 4
FILE_LIMIT = 0.15
FILE_LIMIT_FROM_LINES = 60
TOTAL_LIMIT = 0.05
SPACE = re.compile(r'\s+')


def counted(text):
    """The comparable form of each counted line of `text`."""
    out = []
    for line in text.splitlines():
        squeezed = SPACE.sub('', line)
        if len(squeezed) >= MIN_CHARS and not squeezed.startswith(('//', '/*', '*')):
            out.append(squeezed)
    return out


def shared_in(lines, node):
    """How many of `lines` sit in runs of MIN_RUN or more lines found in `node`."""
    total = run = 0
    for line in lines:
        if line in node:
            run += 1
        else:
            total += run if run >= MIN_RUN else 0
            run = 0
    return total + (run if run >= MIN_RUN else 0)


def main(argv):
    if len(argv) < 2:
        sys.exit(__doc__)
    node_lib = pathlib.Path(argv[1])
    node = set()
    for path in node_lib.rglob('*'):
        if path.suffix in ('.js', '.mjs') and path.is_file():
            node.update(counted(path.read_text(errors='ignore')))
    if not node:
        sys.exit(f'provenance: no JavaScript under {node_lib}')

    root = pathlib.Path(__file__).resolve().parent.parent
    files = [root / f for f in argv[2:]] or sorted(
        p for p in (root / 'lib').rglob('*') if p.suffix in ('.js', '.mjs'))
    results = []
    for path in files:
        lines = counted(path.read_text(errors='ignore'))
        if lines:
            results.append((shared_in(lines, node), len(lines), path.relative_to(root)))

    over = [r for r in results if r[1] >= FILE_LIMIT_FROM_LINES and r[0] / r[1] > FILE_LIMIT]
    print('share  lines  shared  file')
    for shared, n, rel in sorted(results, key=lambda r: r[0] / r[1], reverse=True):
        if shared:
            print(f'{shared / n:5.0%}  {n:5d}  {shared:6d}  {rel}')
    all_shared = sum(r[0] for r in results)
    all_lines = sum(r[1] for r in results) or 1
    print(f'{len(over)} files over {FILE_LIMIT:.0%}; in all {all_shared} of {all_lines} lines '
          f"({all_shared / all_lines:.1%}) stand in runs found in Node's lib/")
    return 1 if over or all_shared / all_lines > TOTAL_LIMIT else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
