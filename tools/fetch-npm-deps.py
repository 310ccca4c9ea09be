#!/usr/bin/env python3
"""Fetches the npm packages that deps/npm-lock.json pins and writes the files
eddy embeds under OUTDIR, one per builtin id (OUTDIR/<id>.js), each starting
with its package's licence. Prints the ids, one per line.

    tools/fetch-npm-deps.py OUTDIR

Tarballs come from the npm registry, are checked against the lock file's
integrity hash and are kept in ~/.cache/eddy-npm (or $EDDY_NPM_CACHE); npm
itself is not needed.
"""
import base64
import hashlib
import io
import json
import os
import sys
import tarfile
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
REGISTRY = 'https://registry.npmjs.org'


def integrity_of(data, algorithm):
    return f'{algorithm}-' + base64.b64encode(hashlib.new(algorithm, data).digest()).decode()


def tarball(name, version, integrity):
    cache = os.environ.get('EDDY_NPM_CACHE', os.path.expanduser('~/.cache/eddy-npm'))
    path = os.path.join(cache, f'{name.replace("/", "-")}-{version}.tgz')
    algorithm = integrity.split('-', 1)[0]
    if os.path.exists(path):
        with open(path, 'rb') as f:
            data = f.read()
        if integrity_of(data, algorithm) == integrity:
            return data
    base = name.split('/')[-1]
    url = f'{REGISTRY}/{name}/-/{base}-{version}.tgz'
    with urllib.request.urlopen(url, timeout=120) as response:
        data = response.read()
    if integrity_of(data, algorithm) != integrity:
        sys.exit(f'fetch-npm-deps: {name}@{version} fails its integrity check')
    os.makedirs(cache, exist_ok=True)
    with open(path + '.tmp', 'wb') as f:
        f.write(data)
    os.replace(path + '.tmp', path)
    return data


def main():
    if len(sys.argv) != 2:
        sys.exit('usage: tools/fetch-npm-deps.py OUTDIR')
    out = sys.argv[1]
    with open(os.path.join(ROOT, 'deps', 'npm-lock.json')) as f:
        packages = json.load(f)['packages']
    for name, pkg in sorted(packages.items()):
        data = tarball(name, pkg['version'], pkg['integrity'])
        with tarfile.open(fileobj=io.BytesIO(data), mode='r:gz') as archive:
            def read(member):
                return archive.extractfile(f'package/{member}').read().decode('utf-8')
            licences = '\n\n'.join(read(f).rstrip() for f in pkg['license'])
            licences = licences.replace('*/', '* /')
            header = f'/* {name}@{pkg["version"]} (npm), embedded in eddy.\n\n{licences}\n*/\n'
            for member, builtin_id in sorted(pkg['embed'].items()):
                target = os.path.join(out, builtin_id + '.js')
                text = header + read(member)
                os.makedirs(os.path.dirname(target), exist_ok=True)
                old = None
                if os.path.exists(target):
                    with open(target, encoding='utf-8') as f:
                        old = f.read()
                if old != text:  # unchanged files rebuild nothing
                    with open(target, 'w', encoding='utf-8') as f:
                        f.write(text)
                print(builtin_id)


if __name__ == '__main__':
    main()
