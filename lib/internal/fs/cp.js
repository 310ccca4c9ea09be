'use strict';

// fs.cp / fs.cpSync / fsPromises.cp. One algorithm, written as a generator
// that yields binding calls: the sync driver runs them at once, the async
// driver runs them on the thread pool.

const binding = internalBinding('fs');
const pathModule = require('path');
const { constants, systemError } = require('internal/fs/utils');

const { S_IFMT, S_IFDIR, S_IFREG, S_IFLNK, S_IFCHR, S_IFBLK, S_IFSOCK, S_IFIFO } = constants;

const kErrno = { EEXIST: 17, EISDIR: 21, ENOTDIR: 20, EINVAL: 22 };

function cpError(key, code, message, path) {
  return systemError(key, { message, path, syscall: 'cp', errno: kErrno[code], code });
}

const type = (st) => st[1] & S_IFMT;
const identical = (a, b) => b[7] && b[0] && b[7] === a[7] && b[0] === a[0];

function isSrcSubdir(src, dest) {
  const srcArr = pathModule.resolve(src).split(pathModule.sep).filter(Boolean);
  const destArr = pathModule.resolve(dest).split(pathModule.sep).filter(Boolean);
  return srcArr.every((cur, i) => destArr[i] === cur);
}

function* statOrUndefined(name, path) {
  try {
    return yield [name, path];
  } catch (err) {
    if (err.code === 'ENOENT') return undefined;
    throw err;
  }
}

function* cpRoot(src, dest, opts) {
  if (opts.filter) {
    const include = yield ['filter', src, dest];
    if (!include) return;
  }
  const statName = opts.dereference ? 'stat' : 'lstat';
  const srcStat = yield [statName, src];
  const destStat = yield* statOrUndefined(statName, dest);
  if (destStat) {
    if (identical(srcStat, destStat)) {
      throw cpError('ERR_FS_CP_EINVAL', 'EINVAL', 'src and dest cannot be the same', dest);
    }
    if (type(srcStat) === S_IFDIR && type(destStat) !== S_IFDIR) {
      throw cpError('ERR_FS_CP_DIR_TO_NON_DIR', 'EISDIR',
                    `cannot overwrite directory ${src} with non-directory ${dest}`, dest);
    }
    if (type(srcStat) !== S_IFDIR && type(destStat) === S_IFDIR) {
      throw cpError('ERR_FS_CP_NON_DIR_TO_DIR', 'ENOTDIR',
                    `cannot overwrite non-directory ${src} with directory ${dest}`, dest);
    }
  }
  if (type(srcStat) === S_IFDIR && isSrcSubdir(src, dest)) {
    throw cpError('ERR_FS_CP_EINVAL', 'EINVAL',
                  `cannot copy ${src} to a subdirectory of self ${dest}`, dest);
  }
  const parent = pathModule.dirname(dest);
  const parentStat = yield* statOrUndefined('stat', parent);
  if (!parentStat) yield ['mkdirp', parent];
  yield* cpDispatch(srcStat, destStat, src, dest, opts);
}

function* cpChild(src, dest, opts) {
  if (opts.filter) {
    const include = yield ['filter', src, dest];
    if (!include) return;
  }
  const statName = opts.dereference ? 'stat' : 'lstat';
  const srcStat = yield [statName, src];
  const destStat = yield* statOrUndefined(statName, dest);
  if (destStat) {
    if (type(srcStat) === S_IFDIR && type(destStat) !== S_IFDIR) {
      throw cpError('ERR_FS_CP_DIR_TO_NON_DIR', 'EISDIR',
                    `cannot overwrite directory ${src} with non-directory ${dest}`, dest);
    }
    if (type(srcStat) !== S_IFDIR && type(destStat) === S_IFDIR) {
      throw cpError('ERR_FS_CP_NON_DIR_TO_DIR', 'ENOTDIR',
                    `cannot overwrite non-directory ${src} with directory ${dest}`, dest);
    }
  }
  yield* cpDispatch(srcStat, destStat, src, dest, opts);
}

function* cpDispatch(srcStat, destStat, src, dest, opts) {
  const t = type(srcStat);
  if (t === S_IFDIR && opts.recursive) return yield* onDir(srcStat, destStat, src, dest, opts);
  if (t === S_IFDIR) {
    throw systemError('ERR_FS_EISDIR', {
      message: `${src} is a directory (not copied)`,
      path: src, syscall: 'cp', errno: kErrno.EISDIR, code: 'EISDIR',
    });
  }
  if (t === S_IFREG || t === S_IFCHR || t === S_IFBLK) {
    return yield* onFile(srcStat, destStat, src, dest, opts);
  }
  if (t === S_IFLNK) return yield* onLink(destStat, src, dest, opts);
  if (t === S_IFSOCK) {
    throw systemError('ERR_FS_CP_SOCKET', {
      message: `cannot copy a socket file: ${dest}`, path: dest, syscall: 'cp',
      errno: kErrno.EINVAL, code: 'EINVAL',
    });
  }
  if (t === S_IFIFO) {
    throw systemError('ERR_FS_CP_FIFO_PIPE', {
      message: `cannot copy a FIFO pipe: ${dest}`, path: dest, syscall: 'cp',
      errno: kErrno.EINVAL, code: 'EINVAL',
    });
  }
  throw systemError('ERR_FS_CP_UNKNOWN', {
    message: `cannot copy an unknown file type: ${dest}`, path: dest, syscall: 'cp',
    errno: kErrno.EINVAL, code: 'EINVAL',
  });
}

function* copyFileAndMode(srcStat, src, dest, opts) {
  yield ['copyFile', src, dest, opts.mode];
  if (opts.preserveTimestamps) {
    const mode = srcStat[1] & 0o7777;
    if ((mode & 0o200) === 0) yield ['chmod', dest, mode | 0o200];
    const st = yield ['stat', src];
    yield ['utimes', dest, st[10] + st[11] / 1e9, st[12] + st[13] / 1e9];
  }
  yield ['chmod', dest, srcStat[1] & 0o7777];
}

function* onFile(srcStat, destStat, src, dest, opts) {
  if (!destStat) return yield* copyFileAndMode(srcStat, src, dest, opts);
  if (opts.force) {
    yield ['unlink', dest];
    return yield* copyFileAndMode(srcStat, src, dest, opts);
  }
  if (opts.errorOnExist) {
    throw cpError('ERR_FS_CP_EEXIST', 'EEXIST', `${dest} already exists`, dest);
  }
}

function* onDir(srcStat, destStat, src, dest, opts) {
  if (!destStat) yield ['mkdir', dest, srcStat[1] & 0o7777];
  const names = yield ['readdir', src, false];
  for (const name of names) {
    yield* cpChild(pathModule.join(src, name), pathModule.join(dest, name), opts);
  }
  if (!destStat) yield ['chmod', dest, srcStat[1] & 0o7777];
}

function* onLink(destStat, src, dest, opts) {
  let resolvedSrc = yield ['readlink', src];
  if (!opts.verbatimSymlinks && !pathModule.isAbsolute(resolvedSrc)) {
    resolvedSrc = pathModule.resolve(pathModule.dirname(src), resolvedSrc);
  }
  if (!destStat) return yield ['symlink', resolvedSrc, dest, 0];
  let resolvedDest;
  try {
    resolvedDest = yield ['readlink', dest];
  } catch (err) {
    if (err.code === 'EINVAL' || err.code === 'UNKNOWN') {
      return yield ['symlink', resolvedSrc, dest, 0];
    }
    throw err;
  }
  if (!pathModule.isAbsolute(resolvedDest)) {
    resolvedDest = pathModule.resolve(pathModule.dirname(dest), resolvedDest);
  }
  const srcIsDir = type(yield ['stat', src]) === S_IFDIR;
  if (srcIsDir && isSrcSubdir(resolvedSrc, resolvedDest)) {
    throw cpError('ERR_FS_CP_EINVAL', 'EINVAL',
                  `cannot copy ${resolvedSrc} to a subdirectory of self ${resolvedDest}`, dest);
  }
  const destStat2 = yield* statOrUndefined('stat', dest);
  if (destStat2 && type(destStat2) === S_IFDIR && isSrcSubdir(resolvedDest, resolvedSrc)) {
    throw cpError('ERR_FS_CP_SYMLINK_TO_SUBDIRECTORY', 'EINVAL',
                  `cannot overwrite ${resolvedDest} with ${resolvedSrc}`, dest);
  }
  yield ['unlink', dest];
  return yield ['symlink', resolvedSrc, dest, 0];
}

function mkdirpSync(path) {
  require('fs').mkdirSync(path, { recursive: true });
}

function cpSyncFn(src, dest, opts) {
  const gen = cpRoot(src, dest, opts);
  let step = gen.next();
  while (!step.done) {
    const [name, ...args] = step.value;
    let result;
    try {
      if (name === 'filter') {
        result = opts.filter(...args);
        if (result && typeof result.then === 'function') {
          const { codes: { ERR_INVALID_RETURN_VALUE } } = require('internal/errors');
          throw new ERR_INVALID_RETURN_VALUE('boolean', 'filter', result);
        }
      } else if (name === 'mkdirp') {
        result = mkdirpSync(...args);
      } else {
        result = binding[name](...args);
      }
    } catch (err) {
      step = gen.throw(err);
      continue;
    }
    step = gen.next(result);
  }
}

function callAsync(name, args) {
  return new Promise((resolve, reject) => {
    binding[name](...args, {
      oncomplete(err, result) {
        if (err) reject(err);
        else resolve(result);
      },
    });
  });
}

async function cpFn(src, dest, opts) {
  const gen = cpRoot(src, dest, opts);
  let step = gen.next();
  while (!step.done) {
    const [name, ...args] = step.value;
    let result;
    try {
      if (name === 'filter') {
        result = await opts.filter(...args);
      } else if (name === 'mkdirp') {
        result = await require('internal/fs/promises').exports.mkdir(args[0], { recursive: true });
      } else {
        result = await callAsync(name, args);
      }
    } catch (err) {
      step = gen.throw(err);
      continue;
    }
    step = gen.next(result);
  }
}

module.exports = { cpFn, cpSyncFn };
