'use strict';

// node:path — POSIX and Windows path arithmetic, written to give exactly
// Node 22's results (including its quirks) on every input.

const { validateString, validateObject } = require('internal/validators');

const SLASH = 47; // '/'
const BACKSLASH = 92; // '\'
const COLON = 58; // ':'
const DOT = 46; // '.'

function isPosixSep(code) { return code === SLASH; }
function isWinSep(code) { return code === SLASH || code === BACKSLASH; }
function isDriveLetter(code) {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

// Collapses `.`/`..`/empty segments of `str` and joins what is left with
// `sepChar`. With `aboveRoot`, leading `..` segments that cannot be resolved
// are kept; otherwise they are dropped.
function normalizeSegments(str, aboveRoot, isSep, sepChar) {
  const out = [];
  let start = 0;
  const len = str.length;
  for (let i = 0; i <= len; i++) {
    if (i < len && !isSep(str.charCodeAt(i))) continue;
    const n = i - start;
    if (n === 0 || (n === 1 && str.charCodeAt(start) === DOT)) {
      // empty or '.'
    } else if (n === 2 && str.charCodeAt(start) === DOT && str.charCodeAt(start + 1) === DOT) {
      if (out.length > 0 && out[out.length - 1] !== '..') {
        out.pop();
      } else if (aboveRoot) {
        out.push('..');
      }
    } else {
      out.push(str.slice(start, i));
    }
    start = i + 1;
  }
  return out.join(sepChar);
}

// Finds the last path segment of `path[start..]` (ignoring trailing
// separators). Returns [segStart, segEnd, sepIndex]: segEnd is -1 when there
// is no segment, sepIndex is the separator before the segment or -1.
function lastSegment(path, start, isSep) {
  let end = path.length;
  while (end > start && isSep(path.charCodeAt(end - 1))) end--;
  if (end === start) return [start, -1, -1];
  let i = end - 1;
  while (i >= start && !isSep(path.charCodeAt(i))) i--;
  return i >= start ? [i + 1, end, i] : [start, end, -1];
}

// Index of the extension dot in `seg`, or -1 when it has no extension.
// `dotDot` is false only for Node's posix.parse quirk where '/..' is seen as
// name '.' with extension '.'.
function extIndex(path, segStart, segEnd, dotDot = true) {
  const dot = path.lastIndexOf('.', segEnd - 1);
  if (dot <= segStart || dot < 0) return -1;
  if (dotDot && segEnd - segStart === 2 && path.charCodeAt(segStart) === DOT &&
      path.charCodeAt(segStart + 1) === DOT) return -1;
  return dot;
}

function basenameImpl(path, suffix, start, isSep) {
  const len = path.length;
  const [segStart, segEnd] = lastSegment(path, start, isSep);
  if (suffix !== undefined && suffix.length > 0 && suffix.length <= len) {
    if (suffix === path) return '';
    // Match the suffix backwards against the last segment.
    let end = -1;
    if (segEnd !== -1) {
      let k = suffix.length - 1;
      let i = segEnd - 1;
      for (; i >= segStart && k >= 0; i--, k--) {
        if (path.charCodeAt(i) !== suffix.charCodeAt(k)) break;
      }
      if (k < 0) end = segEnd - suffix.length; // whole suffix matched
      else if (i >= segStart) end = segEnd; // mismatch
      // else: the segment ran out first; Node then keeps the whole tail.
    }
    if (end === segStart) end = segEnd;
    else if (end === -1) end = len;
    return path.slice(segStart, end);
  }
  if (segEnd === -1) return '';
  return path.slice(segStart, segEnd);
}

function extnameImpl(path, start, isSep) {
  const [segStart, segEnd] = lastSegment(path, start, isSep);
  if (segEnd === -1) return '';
  const dot = extIndex(path, segStart, segEnd);
  return dot === -1 ? '' : path.slice(dot, segEnd);
}

function formatImpl(sep, pathObject) {
  validateObject(pathObject, 'pathObject');
  const dir = pathObject.dir || pathObject.root;
  let base = pathObject.base;
  if (!base) {
    const ext = pathObject.ext;
    base = `${pathObject.name || ''}${ext ? (ext[0] === '.' ? ext : `.${ext}`) : ''}`;
  }
  if (!dir) return base;
  return dir === pathObject.root ? `${dir}${base}` : `${dir}${sep}${base}`;
}

function parseTail(path, ret, scanStart, isSep, posixRoot) {
  const [segStart, segEnd, sepIdx] = lastSegment(path, scanStart, isSep);
  if (sepIdx !== -1) ret.dir = path.slice(0, sepIdx);
  else ret.dir = ret.root;
  if (segEnd !== -1) {
    const dot = extIndex(path, segStart, segEnd, !(posixRoot && sepIdx === -1));
    ret.base = path.slice(segStart, segEnd);
    if (dot === -1) {
      ret.name = ret.base;
    } else {
      ret.name = path.slice(segStart, dot);
      ret.ext = path.slice(dot, segEnd);
    }
  }
  return ret;
}

// --- matchesGlob -------------------------------------------------------------
// Glob matching as Node's path.matchesGlob does it: brace expansion, `*`,
// `?`, `**` (whole segments), bracket classes (with POSIX [:name:] classes),
// extglobs `@( )`, `!( )`, `?( )`, `*( )`, `+( )`. A leading `!` or `#` is a
// literal; wildcards do not match a leading `.` of a segment.

function expandBraces(pattern) {
  // Finds the first top-level {...} group that has a comma or a range.
  let depth = 0;
  let open = -1;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') { i++; continue; }
    if (c === '{') {
      if (depth === 0) open = i;
      depth++;
    } else if (c === '}' && depth > 0) {
      depth--;
      if (depth === 0) {
        const body = pattern.slice(open + 1, i);
        const pre = pattern.slice(0, open);
        const post = pattern.slice(i + 1);
        const alts = splitBraceBody(body);
        if (alts === null) {
          // Not an expansion: keep the braces as literals, expand what follows.
          return expandBraces(post).map((p) => `${pre}{${body}}${p}`);
        }
        const out = [];
        const tails = expandBraces(post);
        for (const alt of alts) {
          for (const a of expandBraces(alt)) {
            for (const t of tails) out.push(pre + a + t);
          }
        }
        return out;
      }
    }
  }
  return [pattern];
}

function splitBraceBody(body) {
  const range = /^(-?\d+)\.\.(-?\d+)(?:\.\.(-?\d+))?$/.exec(body) ||
    /^([a-zA-Z])\.\.([a-zA-Z])(?:\.\.(-?\d+))?$/.exec(body);
  if (range) {
    const numeric = /\d/.test(range[1]);
    const a = numeric ? parseInt(range[1], 10) : range[1].charCodeAt(0);
    const b = numeric ? parseInt(range[2], 10) : range[2].charCodeAt(0);
    const step = Math.max(Math.abs(range[3] ? parseInt(range[3], 10) : 1), 1);
    const width = numeric && (/^-?0\d/.test(range[1]) || /^-?0\d/.test(range[2])) ?
      Math.max(range[1].length, range[2].length) : 0;
    const out = [];
    for (let v = a; a <= b ? v <= b : v >= b; v += a <= b ? step : -step) {
      if (!numeric) {
        out.push(String.fromCharCode(v));
      } else {
        let s = String(Math.abs(v));
        const neg = v < 0;
        while (s.length + (neg ? 1 : 0) < width) s = `0${s}`;
        out.push(neg ? `-${s}` : s);
      }
    }
    return out;
  }
  const parts = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c === '\\') { i++; continue; }
    if (c === '{') depth++;
    else if (c === '}') depth--;
    else if (c === ',' && depth === 0) {
      parts.push(body.slice(start, i));
      start = i + 1;
    }
  }
  if (parts.length === 0) return null;
  parts.push(body.slice(start));
  return parts;
}

const posixClasses = {
  alnum: '\\p{L}\\p{Nl}\\p{Nd}', alpha: '\\p{L}\\p{Nl}', ascii: '\\x00-\\x7f',
  blank: '\\p{Zs}\\t', cntrl: '\\p{Cc}', digit: '\\p{Nd}', graph: '\\p{Z}\\p{C}',
  lower: '\\p{Ll}', print: '\\p{C}', punct: '\\p{P}', space: '\\p{Z}\\t\\r\\n\\v\\f',
  upper: '\\p{Lu}', word: '\\p{L}\\p{Nl}\\p{Nd}\\p{Pc}', xdigit: 'A-Fa-f0-9',
};
const negatedPosix = { graph: true, print: true };

function escapeRe(c) {
  return /[\\^$.*+?()[\]{}|/-]/.test(c) ? `\\${c}` : c;
}

// Parses a bracket class at pattern[i] === '['. Returns [source, next] or null.
function parseClass(pattern, i) {
  let j = i + 1;
  let negate = false;
  if (pattern[j] === '!' || pattern[j] === '^') { negate = true; j++; }
  let ranges = '';
  let negRanges = '';
  let first = true;
  for (; j < pattern.length; j++) {
    const c = pattern[j];
    if (c === ']' && !first) {
      if (ranges === '' && negRanges === '') return [negate ? '[^/]' : '$.', j + 1];
      let src;
      if (negRanges !== '') {
        src = ranges === '' ? `[^${negRanges}]` : `(?:[${ranges}]|[^${negRanges}])`;
        if (negate) src = `(?!${src})[^/]`;
      } else {
        src = negate ? `[^/${ranges}]` : `[${ranges}]`;
      }
      return [src, j + 1];
    }
    first = false;
    if (c === '[' && pattern[j + 1] === ':') {
      const end = pattern.indexOf(':]', j + 2);
      if (end !== -1) {
        const name = pattern.slice(j + 2, end);
        if (posixClasses[name] === undefined) return null;
        if (negatedPosix[name]) negRanges += posixClasses[name];
        else ranges += posixClasses[name];
        j = end + 1;
        continue;
      }
    }
    let lo = c;
    if (c === '\\' && j + 1 < pattern.length) lo = pattern[++j];
    if (pattern[j + 1] === '-' && j + 2 < pattern.length && pattern[j + 2] !== ']') {
      let hi = pattern[j + 2];
      j += 2;
      if (hi === '\\' && j + 1 < pattern.length) hi = pattern[++j];
      if (hi < lo) continue; // an empty range matches nothing
      ranges += `${escapeRe(lo)}-${escapeRe(hi)}`;
    } else {
      ranges += escapeRe(lo);
    }
  }
  return null;
}

// Regex source for one path segment of a pattern (no `/` inside).
function segmentSource(seg) {
  let src = '';
  for (let i = 0; i < seg.length; i++) {
    const c = seg[i];
    const next = seg[i + 1];
    if ('@!?*+'.includes(c) && next === '(') {
      const close = findClose(seg, i + 1);
      if (close !== -1) {
        const alts = splitAlternatives(seg.slice(i + 2, close)).map(segmentSource);
        const group = `(?:${alts.join('|')})`;
        const rest = segmentSource(seg.slice(close + 1));
        switch (c) {
          case '@': src += group; break;
          case '?': src += `${group}?`; break;
          case '*': src += `${group}*`; break;
          case '+': src += `${group}+`; break;
          case '!': src += `(?:(?!(?:${alts.join('|')})${rest}$)[^/]*?)`; break;
        }
        return src + rest;
      }
    }
    if (c === '*') {
      while (seg[i + 1] === '*') i++;
      src += '[^/]*?';
    } else if (c === '?') {
      src += '[^/]';
    } else if (c === '[') {
      const cls = parseClass(seg, i);
      if (cls === null) {
        src += '\\[';
      } else {
        src += cls[0];
        i = cls[1] - 1;
      }
    } else if (c === '\\' && i + 1 < seg.length) {
      src += escapeRe(seg[++i]);
    } else {
      src += escapeRe(c);
    }
  }
  return src;
}

function findClose(s, open) {
  let depth = 0;
  for (let i = open; i < s.length; i++) {
    if (s[i] === '\\') { i++; continue; }
    if (s[i] === '(') depth++;
    else if (s[i] === ')' && --depth === 0) return i;
  }
  return -1;
}

function splitAlternatives(body) {
  const out = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c === '\\') { i++; continue; }
    if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push(body.slice(start, i));
      start = i + 1;
    }
  }
  out.push(body.slice(start));
  return out;
}

const hasMagic = /[*?[]|[@!?*+]\(/;

function mayStartWithDot(seg) {
  if (seg[0] === '.') return true;
  if (seg[0] === '[' && seg[1] !== '!' && seg[1] !== '^') {
    const cls = parseClass(seg, 0);
    return cls !== null && new RegExp(`^${cls[0]}`, 'u').test('.');
  }
  if ('@?*+'.includes(seg[0]) && seg[1] === '(') {
    const close = findClose(seg, 1);
    return close !== -1 && splitAlternatives(seg.slice(2, close)).some(mayStartWithDot);
  }
  return false;
}

// Matcher for one segment: a string (literal) or a RegExp.
function compileSegment(seg) {
  if (seg === '**') return GLOBSTAR;
  if (!hasMagic.test(seg)) return seg.replace(/\\(.)/g, '$1');
  let src = segmentSource(seg);
  // Wildcards never match a leading dot (nor '.'/'..') unless the pattern
  // itself starts with one, or with a class or extglob that names it.
  if (!mayStartWithDot(seg)) src = `(?!\\.)${src}`;
  // ...and they never match an empty segment.
  if (!/[@!?*+]\(/.test(seg)) src = `(?=.)${src}`;
  return new RegExp(`^${src}$`, 'u');
}

const GLOBSTAR = Symbol('globstar');

function matchSegments(parts, pi, segs, si) {
  for (; pi < parts.length; pi++, si++) {
    const p = parts[pi];
    if (p === GLOBSTAR) {
      if (pi === parts.length - 1) {
        // A trailing ** matches one segment or more, except dot segments.
        if (si >= segs.length) return false;
        for (let k = si; k < segs.length; k++) {
          if (segs[k][0] === '.' && !(k === segs.length - 1 && segs[k] === '')) return false;
        }
        return true;
      }
      for (let k = si; k <= segs.length; k++) {
        if (matchSegments(parts, pi + 1, segs, k)) return true;
        if (k < segs.length && (segs[k] === '' || segs[k][0] === '.')) return false;
      }
      return false;
    }
    if (si >= segs.length) return false;
    const s = segs[si];
    if (typeof p === 'string' ? p !== s : (s === '.' || s === '..' || !p.test(s))) return false;
  }
  if (si === segs.length) return true;
  // 'a/' is matched by 'a'.
  return si === segs.length - 1 && segs[si] === '';
}

// The path (and pattern) is compared in a simplified form: no empty segment inside it,
// no '.' after the first segment, and 'name/..' pairs removed.
function simplifySegments(segs) {
  const out = [];
  for (let i = 0; i < segs.length; i++) {
    const s = segs[i];
    const last = i === segs.length - 1;
    if (s === '' && i > 0 && !last) continue;
    if (s === '.' && i > 0 && !last) continue;
    if (s === '..' && out.length > 0) {
      const prev = out[out.length - 1];
      if (prev !== '' && prev !== '.' && prev !== '..' && prev !== '**') {
        out.pop();
        continue;
      }
    }
    out.push(s);
  }
  return out;
}

function globMatch(path, pattern, windows) {
  validateString(path, 'path');
  validateString(pattern, 'pattern');
  // A backslash in a pattern is a separator, never an escape.
  pattern = pattern.replace(/\\/g, '/');
  if (windows) path = path.replace(/\\/g, '/');
  if (pattern === '') return path === '';
  const segs = simplifySegments(path.split('/'));
  for (const expanded of expandBraces(pattern)) {
    const parts = simplifySegments(expanded.split('/'));
    const compiled = [];
    for (let i = 0; i < parts.length; i++) {
      const c = compileSegment(parts[i]);
      // Consecutive ** count once.
      if (c === GLOBSTAR && compiled[compiled.length - 1] === GLOBSTAR) continue;
      compiled.push(c);
    }
    if (matchSegments(compiled, 0, segs, 0)) return true;
  }
  return false;
}

function globWarning() {
  require('internal/util').emitExperimentalWarning('glob');
}

// --- POSIX ------------------------------------------------------------------

const posix = {
  resolve(...args) {
    let resolved = '';
    let absolute = false;
    for (let i = args.length - 1; i >= -1 && !absolute; i--) {
      const p = i >= 0 ? args[i] : process.cwd();
      validateString(p, `paths[${i}]`);
      if (p.length === 0) continue;
      resolved = `${p}/${resolved}`;
      absolute = p.charCodeAt(0) === SLASH;
    }
    resolved = normalizeSegments(resolved, !absolute, isPosixSep, '/');
    if (absolute) return `/${resolved}`;
    return resolved.length > 0 ? resolved : '.';
  },

  normalize(path) {
    validateString(path, 'path');
    if (path.length === 0) return '.';
    const absolute = path.charCodeAt(0) === SLASH;
    const trailing = path.charCodeAt(path.length - 1) === SLASH;
    let out = normalizeSegments(path, !absolute, isPosixSep, '/');
    if (out.length === 0) {
      if (absolute) return '/';
      return trailing ? './' : '.';
    }
    if (trailing) out += '/';
    return absolute ? `/${out}` : out;
  },

  isAbsolute(path) {
    validateString(path, 'path');
    return path.length > 0 && path.charCodeAt(0) === SLASH;
  },

  join(...args) {
    if (args.length === 0) return '.';
    let joined;
    for (let i = 0; i < args.length; i++) {
      const arg = args[i];
      validateString(arg, 'path');
      if (arg.length > 0) joined = joined === undefined ? arg : `${joined}/${arg}`;
    }
    if (joined === undefined) return '.';
    return posix.normalize(joined);
  },

  relative(from, to) {
    validateString(from, 'from');
    validateString(to, 'to');
    if (from === to) return '';
    from = posix.resolve(from);
    to = posix.resolve(to);
    if (from === to) return '';
    const a = from === '/' ? [] : from.slice(1).split('/');
    const b = to === '/' ? [] : to.slice(1).split('/');
    let common = 0;
    while (common < a.length && common < b.length && a[common] === b[common]) common++;
    const parts = [];
    for (let i = common; i < a.length; i++) parts.push('..');
    for (let i = common; i < b.length; i++) parts.push(b[i]);
    return parts.join('/');
  },

  toNamespacedPath(path) {
    return path;
  },

  dirname(path) {
    validateString(path, 'path');
    if (path.length === 0) return '.';
    const rooted = path.charCodeAt(0) === SLASH;
    // Skip trailing separators (never the first character), then the name.
    let i = path.length - 1;
    while (i >= 1 && path.charCodeAt(i) === SLASH) i--;
    while (i >= 1 && path.charCodeAt(i) !== SLASH) i--;
    if (i < 1) return rooted ? '/' : '.';
    if (rooted && i === 1) return '//';
    return path.slice(0, i);
  },

  basename(path, suffix) {
    if (suffix !== undefined) validateString(suffix, 'suffix');
    validateString(path, 'path');
    return basenameImpl(path, suffix, 0, isPosixSep);
  },

  extname(path) {
    validateString(path, 'path');
    return extnameImpl(path, 0, isPosixSep);
  },

  format(pathObject) {
    return formatImpl('/', pathObject);
  },

  parse(path) {
    validateString(path, 'path');
    const ret = { root: '', dir: '', base: '', ext: '', name: '' };
    if (path.length === 0) return ret;
    const absolute = path.charCodeAt(0) === SLASH;
    if (absolute) ret.root = '/';
    return parseTail(path, ret, absolute ? 1 : 0, isPosixSep, absolute);
  },

  matchesGlob(path, pattern) {
    globWarning();
    return globMatch(path, pattern, false);
  },

  sep: '/',
  delimiter: ':',
  win32: null,
  posix: null,
};

// --- Windows ----------------------------------------------------------------

// Windows reserved device names that make `NAME:` act as a device prefix.
const reservedDevices = new Set([
  'CON', 'PRN', 'AUX', 'NUL',
  'COM1', 'COM2', 'COM3', 'COM4', 'COM5', 'COM6', 'COM7', 'COM8', 'COM9',
  'LPT1', 'LPT2', 'LPT3', 'LPT4', 'LPT5', 'LPT6', 'LPT7', 'LPT8', 'LPT9',
  'COM\u00b9', 'COM\u00b2', 'COM\u00b3', 'LPT\u00b9', 'LPT\u00b2', 'LPT\u00b3',
]);

// Root of a path for normalize/resolve: { device, rootEnd, absolute, unc }.
// `unc` is set when the whole path is a bare `\\server\share` root.
function winDeviceRoot(path) {
  const len = path.length;
  const r = { device: '', rootEnd: 0, absolute: false, unc: false };
  if (len === 0) return r;
  const c0 = path.charCodeAt(0);
  if (len === 1) {
    if (isWinSep(c0)) { r.rootEnd = 1; r.absolute = true; }
    return r;
  }
  if (isWinSep(c0)) {
    r.absolute = true;
    r.rootEnd = 1;
    if (!isWinSep(path.charCodeAt(1))) return r;
    let j = 2;
    while (j < len && !isWinSep(path.charCodeAt(j))) j++;
    if (j === len || j === 2) return r;
    const server = path.slice(2, j);
    while (j < len && isWinSep(path.charCodeAt(j))) j++;
    if (j === len) return r;
    if (server === '?' || server === '.') {
      r.device = `\\\\${server}`;
      r.rootEnd = j;
      return r;
    }
    const shareStart = j;
    while (j < len && !isWinSep(path.charCodeAt(j))) j++;
    r.device = `\\\\${server}\\${path.slice(shareStart, j)}`;
    r.rootEnd = j;
    r.unc = j === len;
    return r;
  }
  if (isDriveLetter(c0) && path.charCodeAt(1) === COLON) {
    r.device = path.slice(0, 2);
    r.rootEnd = 2;
    if (len > 2 && isWinSep(path.charCodeAt(2))) {
      r.absolute = true;
      r.rootEnd = 3;
    }
  }
  return r;
}

// Length of the root of `path` for dirname/parse, and whether the whole path
// is nothing but that root.
function winRootLength(path) {
  const len = path.length;
  if (len === 0) return 0;
  const c0 = path.charCodeAt(0);
  if (isWinSep(c0)) {
    if (len === 1 || !isWinSep(path.charCodeAt(1))) return 1;
    let j = 2;
    while (j < len && !isWinSep(path.charCodeAt(j))) j++;
    if (j === len || j === 2) return 1;
    while (j < len && isWinSep(path.charCodeAt(j))) j++;
    if (j === len) return 1;
    while (j < len && !isWinSep(path.charCodeAt(j))) j++;
    return j === len ? len : j + 1;
  }
  if (len >= 2 && isDriveLetter(c0) && path.charCodeAt(1) === COLON) {
    return len > 2 && isWinSep(path.charCodeAt(2)) ? 3 : 2;
  }
  return 0;
}

function driveStart(path) {
  return path.length >= 2 && isDriveLetter(path.charCodeAt(0)) &&
    path.charCodeAt(1) === COLON ? 2 : 0;
}

// win32.relative when lower-casing changes a string's length (e.g. 'İ'):
// the resolved paths are compared segment by segment, case-insensitively.
function relativeBySegments(fromOrig, toOrig) {
  const fromSegs = fromOrig.split('\\');
  const toSegs = toOrig.split('\\');
  if (fromSegs[fromSegs.length - 1] === '') fromSegs.pop();
  if (toSegs[toSegs.length - 1] === '') toSegs.pop();
  const common = Math.min(fromSegs.length, toSegs.length);
  let i = 0;
  while (i < common && fromSegs[i].toLowerCase() === toSegs[i].toLowerCase()) i++;
  if (i === 0) return toOrig;
  const ups = [];
  for (let k = i; k < fromSegs.length; k++) ups.push('..');
  return ups.concat(toSegs.slice(i)).join('\\');
}

// A relative result that Windows could read as a device or drive gets `.\`.
function colonNeedsGuard(path, tail) {
  if (tail.length >= 2 && isDriveLetter(tail.charCodeAt(0)) && tail.charCodeAt(1) === COLON) {
    return true;
  }
  const len = path.length;
  let idx = path.indexOf(':');
  while (idx !== -1) {
    if (idx === len - 1 || isWinSep(path.charCodeAt(idx + 1))) return true;
    idx = path.indexOf(':', idx + 1);
  }
  return false;
}

const win32 = {
  resolve(...args) {
    let device = '';
    let tail = '';
    let absolute = false;
    for (let i = args.length - 1; i >= -1; i--) {
      let p;
      if (i >= 0) {
        p = args[i];
        validateString(p, `paths[${i}]`);
        if (p.length === 0) continue;
      } else if (device.length === 0) {
        p = process.cwd();
      } else {
        p = process.env[`=${device}`] || process.cwd();
        if (p === undefined ||
            (p.slice(0, 2).toLowerCase() !== device.toLowerCase() &&
             p.charCodeAt(2) === BACKSLASH)) {
          p = `${device}\\`;
        }
      }
      const root = winDeviceRoot(p);
      if (root.device.length > 0) {
        if (device.length > 0) {
          if (root.device.toLowerCase() !== device.toLowerCase()) continue;
        } else {
          device = root.device;
        }
      }
      if (absolute) {
        if (device.length > 0) break;
      } else {
        tail = `${p.slice(root.rootEnd)}\\${tail}`;
        absolute = root.absolute;
        if (absolute && device.length > 0) break;
      }
    }
    tail = normalizeSegments(tail, !absolute, isWinSep, '\\');
    if (absolute) return `${device}\\${tail}`;
    return `${device}${tail}` || '.';
  },

  normalize(path) {
    validateString(path, 'path');
    const len = path.length;
    if (len === 0) return '.';
    if (len === 1) return path.charCodeAt(0) === SLASH ? '\\' : path;
    let root = winDeviceRoot(path);
    let reserved = false;
    if (root.unc) return `${root.device}\\`;
    if (root.rootEnd === 4 && root.device.length === 3) {
      // \\?\COM1:... or \\.\COM1:...: node 22 keeps the device as part of
      // the root (in the \\?\ namespace), so `..` cannot climb above it.
      const colon = path.indexOf(':', 4);
      if (colon !== -1 && reservedDevices.has(path.slice(4, colon).toUpperCase())) {
        root = { device: `\\\\?\\${path.slice(4, colon + 1)}`, rootEnd: colon + 1, absolute: true };
      }
    }
    if (root.rootEnd === 0) {
      // Node compares the text before the first ':' (or, with no colon,
      // all but the last character) with the reserved device names.
      const colon = path.indexOf(':');
      if (reservedDevices.has(path.slice(0, colon).toUpperCase())) {
        reserved = true;
        root = { device: path.slice(0, colon + 1), rootEnd: colon + 1, absolute: false };
      }
    }
    let tail = root.rootEnd < len ?
      normalizeSegments(path.slice(root.rootEnd), !root.absolute, isWinSep, '\\') : '';
    if (tail.length === 0 && !root.absolute) tail = '.';
    if (tail.length > 0 && isWinSep(path.charCodeAt(len - 1))) tail += '\\';
    if (reserved) return `.\\${root.device}${tail}`;
    if (!root.absolute && root.device.length === 0 && colonNeedsGuard(path, tail)) {
      return `.\\${tail}`;
    }
    return root.absolute ? `${root.device}\\${tail}` : `${root.device}${tail}`;
  },

  isAbsolute(path) {
    validateString(path, 'path');
    const len = path.length;
    if (len === 0) return false;
    const c0 = path.charCodeAt(0);
    return isWinSep(c0) ||
      (len > 2 && isDriveLetter(c0) && path.charCodeAt(1) === COLON &&
       isWinSep(path.charCodeAt(2)));
  },

  join(...args) {
    if (args.length === 0) return '.';
    let joined;
    let first;
    for (let i = 0; i < args.length; i++) {
      const arg = args[i];
      validateString(arg, 'path');
      if (arg.length > 0) {
        if (joined === undefined) joined = first = arg;
        else joined += `\\${arg}`;
      }
    }
    if (joined === undefined) return '.';
    // Keep a UNC root only when the first part itself starts with exactly two
    // separators and a name; otherwise collapse leading separators to one.
    const uncFirst = first.length > 2 && isWinSep(first.charCodeAt(0)) &&
      isWinSep(first.charCodeAt(1)) && !isWinSep(first.charCodeAt(2));
    if (!uncFirst) {
      let n = 0;
      while (n < joined.length && isWinSep(joined.charCodeAt(n))) n++;
      if (n >= 2) joined = `\\${joined.slice(n)}`;
    }
    // A part that names a reserved device (`CON:`, `com1:x`...) leaves the
    // joined path as it is, only with backslashes, as node 22 does.
    for (const part of joined.split('\\')) {
      const colon = part.indexOf(':');
      if (colon !== -1 && reservedDevices.has(part.slice(0, colon).toUpperCase())) {
        return joined.replace(/\//g, '\\');
      }
    }
    return win32.normalize(joined);
  },

  relative(from, to) {
    validateString(from, 'from');
    validateString(to, 'to');
    if (from === to) return '';
    const fromOrig = win32.resolve(from);
    const toOrig = win32.resolve(to);
    if (fromOrig === toOrig) return '';
    const fromLower = fromOrig.toLowerCase();
    const toLower = toOrig.toLowerCase();
    if (fromLower === toLower) return '';
    if (fromLower.length !== fromOrig.length || toLower.length !== toOrig.length) {
      return relativeBySegments(fromOrig, toOrig);
    }
    // Compare case-insensitively character by character, ignoring leading
    // and trailing backslashes, remembering the last common separator.
    let fromStart = 0;
    while (fromStart < fromLower.length && fromLower.charCodeAt(fromStart) === BACKSLASH) fromStart++;
    let fromEnd = fromLower.length;
    while (fromEnd - 1 > fromStart && fromLower.charCodeAt(fromEnd - 1) === BACKSLASH) fromEnd--;
    let toStart = 0;
    while (toStart < toLower.length && toLower.charCodeAt(toStart) === BACKSLASH) toStart++;
    let toEnd = toLower.length;
    while (toEnd - 1 > toStart && toLower.charCodeAt(toEnd - 1) === BACKSLASH) toEnd--;
    const fromLen = fromEnd - fromStart;
    const toLen = toEnd - toStart;
    const length = fromLen < toLen ? fromLen : toLen;
    let lastSep = -1;
    let i = 0;
    for (; i < length; i++) {
      const c = fromLower.charCodeAt(fromStart + i);
      if (c !== toLower.charCodeAt(toStart + i)) break;
      if (c === BACKSLASH) lastSep = i;
    }
    if (i !== length) {
      if (lastSep === -1) return toOrig;
    } else {
      if (toLen > length) {
        if (toLower.charCodeAt(toStart + i) === BACKSLASH) return toOrig.slice(toStart + i + 1);
        if (i === 2) return toOrig.slice(toStart + i);
      }
      if (fromLen > length) {
        if (fromLower.charCodeAt(fromStart + i) === BACKSLASH) lastSep = i;
        else if (i === 2) lastSep = 3;
      }
      if (lastSep === -1) lastSep = 0;
    }
    let out = '';
    for (let k = fromStart + lastSep + 1; k <= fromEnd; k++) {
      if (k === fromEnd || fromLower.charCodeAt(k) === BACKSLASH) out += out.length === 0 ? '..' : '\\..';
    }
    toStart += lastSep;
    if (out.length > 0) return `${out}${toOrig.slice(toStart, toEnd)}`;
    if (toOrig.charCodeAt(toStart) === BACKSLASH) toStart++;
    return toOrig.slice(toStart, toEnd);
  },

  toNamespacedPath(path) {
    if (typeof path !== 'string' || path.length === 0) return path;
    const resolved = win32.resolve(path);
    if (resolved.length <= 2) return path;
    const c0 = resolved.charCodeAt(0);
    if (c0 === BACKSLASH) {
      if (resolved.charCodeAt(1) === BACKSLASH) {
        const c2 = resolved.charCodeAt(2);
        if (c2 !== 63 /* ? */ && c2 !== DOT) return `\\\\?\\UNC\\${resolved.slice(2)}`;
      }
    } else if (isDriveLetter(c0) && resolved.charCodeAt(1) === COLON &&
               resolved.charCodeAt(2) === BACKSLASH) {
      return `\\\\?\\${resolved}`;
    }
    return resolved;
  },

  dirname(path) {
    validateString(path, 'path');
    const len = path.length;
    if (len === 0) return '.';
    const rootLen = winRootLength(path);
    if (rootLen === len) return rootLen > 0 ? path : '.';
    // Skip trailing separators, then the last name, within [rootLen, len).
    let i = len - 1;
    while (i >= rootLen && isWinSep(path.charCodeAt(i))) i--;
    while (i >= rootLen && !isWinSep(path.charCodeAt(i))) i--;
    if (i < rootLen) return rootLen === 0 ? '.' : path.slice(0, rootLen);
    return path.slice(0, i);
  },

  basename(path, suffix) {
    if (suffix !== undefined) validateString(suffix, 'suffix');
    validateString(path, 'path');
    return basenameImpl(path, suffix, driveStart(path), isWinSep);
  },

  extname(path) {
    validateString(path, 'path');
    return extnameImpl(path, driveStart(path), isWinSep);
  },

  format(pathObject) {
    return formatImpl('\\', pathObject);
  },

  parse(path) {
    validateString(path, 'path');
    const ret = { root: '', dir: '', base: '', ext: '', name: '' };
    const len = path.length;
    if (len === 0) return ret;
    const rootLen = winRootLength(path);
    if (rootLen === len) {
      ret.root = ret.dir = path;
      return ret;
    }
    if (rootLen > 0) ret.root = path.slice(0, rootLen);
    return parseTail(path, ret, rootLen, isWinSep);
  },

  matchesGlob(path, pattern) {
    globWarning();
    return globMatch(path, pattern, true);
  },

  sep: '\\',
  delimiter: ';',
  win32: null,
  posix: null,
};

posix.win32 = win32.win32 = win32;
posix.posix = win32.posix = posix;
win32._makeLong = win32.toNamespacedPath;
posix._makeLong = posix.toNamespacedPath;

module.exports = posix;
