'use strict';

// fs.glob / fs.globSync / fsPromises.glob: the paths under `cwd` that match
// one or more patterns. The pattern is cut at '/' into segments and the tree
// is walked one segment at a time, so only directories a pattern can still
// match are read. A segment is a literal name, `**` (any number of
// directories, hidden ones excepted) or a wildcard name (`*`, `?`, `[...]`)
// turned into a RegExp; braces are expanded before anything else.

const binding = internalBinding('fs');
const pathModule = require('path');
const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
const { validateObject } = require('internal/validators');
const { constants, Dirent, direntTypeFromMode, toPathIfFileURL } = require('internal/fs/utils');

const { S_IFMT, S_IFDIR, UV_DIRENT_DIR, UV_DIRENT_LINK, UV_DIRENT_UNKNOWN } = constants;

// --- patterns -----------------------------------------------------------------

// a{b,c{d,e}}f -> abf acdf acef. A group without a top-level comma stays as
// it is.
function expandBraces(pattern) {
  let depth = 0;
  let start = -1;
  const commas = [];
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') {
      i++;
    } else if (c === '{') {
      if (depth++ === 0) {
        start = i;
        commas.length = 0;
      }
    } else if (c === ',' && depth === 1) {
      commas.push(i);
    } else if (c === '}' && depth > 0 && --depth === 0) {
      const head = pattern.slice(0, start);
      const tails = expandBraces(pattern.slice(i + 1));
      if (commas.length === 0) {
        return tails.map((t) => `${head}${pattern.slice(start, i + 1)}${t}`);
      }
      const cuts = [start, ...commas, i];
      const out = [];
      for (let k = 0; k + 1 < cuts.length; k++) {
        for (const alt of expandBraces(pattern.slice(cuts[k] + 1, cuts[k + 1]))) {
          for (const t of tails) out.push(head + alt + t);
        }
      }
      return out;
    }
  }
  return [pattern];
}

const hasMagic = (segment) => /[*?[]/.test(segment);

// The RegExp source for one segment's wildcards.
function segmentSource(segment) {
  let src = '';
  for (let i = 0; i < segment.length; i++) {
    const c = segment[i];
    if (c === '\\' && i + 1 < segment.length) {
      src += escapeChar(segment[++i]);
    } else if (c === '*') {
      src += '[^/]*';
    } else if (c === '?') {
      src += '[^/]';
    } else if (c === '[') {
      const close = segment.indexOf(']', i + 2);
      if (close === -1) {
        src += '\\[';
        continue;
      }
      let body = segment.slice(i + 1, close);
      const negate = body[0] === '!' || body[0] === '^';
      if (negate) body = body.slice(1);
      src += `[${negate ? '^' : ''}${body.replace(/[\\\]^]/g, '\\$&')}]`;
      i = close;
    } else {
      src += escapeChar(c);
    }
  }
  return src;
}

const escapeChar = (c) => c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

// A matcher of one name. Wildcards never match a leading '.' unless the
// segment itself starts with one.
function nameMatcher(segment) {
  const re = new RegExp(`^${segmentSource(segment)}$`);
  const dotOk = segment.startsWith('.');
  return (name) => (dotOk || name[0] !== '.') && re.test(name);
}

// A compiled pattern: { absolute, parts } where a part is
// { kind: 'literal', name } | { kind: 'any' } (**) | { kind: 'wild', test }
// and a trailing '/' keeps only directories.
function compile(pattern) {
  const absolute = pattern.startsWith('/');
  const pieces = pattern.split('/');
  const dirsOnly = pieces.length > 1 && pieces[pieces.length - 1] === '';
  const parts = [];
  for (const piece of pieces) {
    if (piece === '' || piece === '.') continue;
    if (piece === '**') {
      if (parts.at(-1)?.kind !== 'any') parts.push({ kind: 'any' });
    } else if (hasMagic(piece)) {
      parts.push({ kind: 'wild', test: nameMatcher(piece) });
    } else {
      parts.push({ kind: 'literal', name: piece.replace(/\\(.)/g, '$1') });
    }
  }
  return { absolute, parts, dirsOnly };
}

// Whole-path matching, for the `exclude` patterns.
function pathMatcher(pattern) {
  const alternatives = expandBraces(pattern).map((p) => {
    let src = '';
    const pieces = p.split('/').filter((s, i, all) => s !== '' || i === 0 || i === all.length - 1);
    pieces.forEach((piece, i) => {
      const last = i === pieces.length - 1;
      if (piece === '**') {
        src += last ? '(?:[^/]*(?:/[^/]+)*)?' : '(?:[^/.][^/]*/)*';
      } else {
        const dot = piece.startsWith('.') ? '' : '(?!\\.)';
        src += dot + segmentSource(piece) + (last ? '' : '/');
      }
    });
    return new RegExp(`^${src}/?$`);
  });
  return (path) => alternatives.some((re) => re.test(path));
}

// --- the walk --------------------------------------------------------------------

function lstatOrNull(path) {
  try {
    return binding.lstat(path);
  } catch {
    return null;
  }
}

function isDirectoryPath(path) {
  try {
    return (binding.stat(path)[1] & S_IFMT) === S_IFDIR;
  } catch {
    return false;
  }
}

// [{ name, isDir }] of a directory; nothing when it cannot be read.
function listDirectory(path) {
  let result;
  try {
    result = binding.readdir(path, true);
  } catch {
    return [];
  }
  const [names, types] = result;
  return names.map((name, i) => {
    const type = types[i];
    const isDir = type === UV_DIRENT_DIR ||
      ((type === UV_DIRENT_LINK || type === UV_DIRENT_UNKNOWN) &&
       isDirectoryPath(pathModule.join(path, name)));
    return { name, isDir };
  });
}

class Walk {
  constructor(cwd, exclude, withFileTypes) {
    this.cwd = cwd;
    this.exclude = exclude;
    this.withFileTypes = withFileTypes;
    this.found = new Map();
  }

  // `rel` is relative to cwd ('' for cwd itself) unless the pattern is absolute.
  real(rel) {
    return rel === '' ? this.cwd : pathModule.resolve(this.cwd, rel);
  }

  shown(rel) {
    return rel === '' ? '.' : rel;
  }

  dirent(rel) {
    const shown = this.shown(rel);
    const st = lstatOrNull(this.real(rel));
    const type = st ? direntTypeFromMode(st[1]) : UV_DIRENT_UNKNOWN;
    return new Dirent(pathModule.basename(shown), type, pathModule.dirname(shown));
  }

  excluded(rel) {
    if (!this.exclude) return false;
    const shown = this.shown(rel);
    if (typeof this.exclude === 'function') {
      return Boolean(this.exclude(this.withFileTypes ? this.dirent(rel) : shown));
    }
    return this.exclude(shown);
  }

  add(rel, pattern) {
    if (pattern.dirsOnly && !isDirectoryPath(this.real(rel))) return;
    const shown = this.shown(rel);
    if (this.found.has(shown) || this.excluded(rel)) return;
    this.found.set(shown, this.withFileTypes ? this.dirent(rel) : shown);
  }

  // Matches parts[i..] below the directory `rel`.
  visit(rel, pattern, i) {
    // Brace alternatives and ** can reach one directory at one part twice.
    pattern.visited ??= new Set();
    const key = `${i}\0${rel}`;
    if (pattern.visited.has(key)) return;
    pattern.visited.add(key);
    const { parts } = pattern;
    if (i === parts.length) {
      this.add(rel, pattern);
      return;
    }
    const part = parts[i];
    const join = (name) => (rel === '' ? name : pathModule.join(rel, name));
    if (part.kind === 'literal') {
      const next = pathModule.normalize(join(part.name));
      if (lstatOrNull(this.real(next)) === null) return;
      if (i + 1 < parts.length && (this.excluded(next) || !isDirectoryPath(this.real(next)))) return;
      this.visit(next === '.' ? '' : next, pattern, i + 1);
      return;
    }
    if (part.kind === 'any') {
      // Zero directories...
      this.visit(rel, pattern, i + 1);
      // ...or one more, then still `**`. A final ** takes files as well.
      const last = i + 1 === parts.length;
      for (const entry of listDirectory(this.real(rel))) {
        if (entry.name[0] === '.') continue;
        const next = join(entry.name);
        if (entry.isDir) {
          if (!this.excluded(next)) this.visit(next, pattern, i);
        } else if (last && !pattern.dirsOnly) {
          this.add(next, pattern);
        }
      }
      return;
    }
    for (const entry of listDirectory(this.real(rel))) {
      if (!part.test(entry.name)) continue;
      const next = join(entry.name);
      if (i + 1 === parts.length) {
        this.add(next, pattern);
      } else if (entry.isDir && !this.excluded(next)) {
        this.visit(next, pattern, i + 1);
      }
    }
  }
}

// --- the API ------------------------------------------------------------------------

function checkPatterns(pattern) {
  const list = Array.isArray(pattern) ? pattern : [pattern];
  for (const p of list) {
    if (typeof p !== 'string') throw new ERR_INVALID_ARG_TYPE('patterns', 'string', p);
  }
  return list;
}

function checkOptions(options) {
  if (options === undefined) options = {};
  validateObject(options, 'options');
  const cwd = pathModule.resolve(toPathIfFileURL(options.cwd ?? process.cwd()));
  let exclude = options.exclude;
  if (exclude !== undefined && typeof exclude !== 'function') {
    if (!Array.isArray(exclude) || !exclude.every((e) => typeof e === 'string')) {
      throw new ERR_INVALID_ARG_TYPE('options.exclude', ['function', 'string[]'], exclude);
    }
    const matchers = exclude.map(pathMatcher);
    exclude = (path) => matchers.some((m) => m(path));
  }
  return { cwd, exclude, withFileTypes: Boolean(options.withFileTypes) };
}

function globSync(pattern, options) {
  const patterns = checkPatterns(pattern);
  const { cwd, exclude, withFileTypes } = checkOptions(options);
  const walk = new Walk(cwd, exclude, withFileTypes);
  for (const p of patterns) {
    for (const expanded of expandBraces(p)) {
      const compiled = compile(expanded);
      if (compiled.absolute) {
        const absoluteWalk = new Walk('/', exclude, withFileTypes);
        absoluteWalk.found = walk.found;
        absoluteWalk.shown = (rel) => `/${rel}`;
        absoluteWalk.visit('', compiled, 0);
      } else {
        walk.visit('', compiled, 0);
      }
    }
  }
  return [...walk.found.values()];
}

async function* globIterator(pattern, options) {
  yield* globSync(pattern, options);
}

module.exports = { globSync, globIterator };
