'use strict';

// node:os over internalBinding('os'). Functions whose value is a single
// string or number also convert to it (`${os.hostname}`), like Node's.

const binding = internalBinding('os');
const { os: osConstants } = internalBinding('constants');
const { validateInt32 } = require('internal/validators');
const { Buffer } = require('buffer');

// --- SystemError (ERR_SYSTEM_ERROR) ------------------------------------------

class SystemError extends Error {
  constructor(ctx) {
    let message = `A system error occurred: ${ctx.syscall} returned ${ctx.code} (${ctx.message})`;
    if (ctx.path !== undefined) message += ` ${ctx.path}`;
    if (ctx.dest !== undefined) message += ` => ${ctx.dest}`;
    super(message);
    Object.defineProperty(this, 'code', {
      value: 'ERR_SYSTEM_ERROR', enumerable: true, writable: true, configurable: true,
    });
    Object.defineProperty(this, 'info', {
      value: ctx, enumerable: true, writable: false, configurable: true,
    });
    Object.defineProperty(this, 'errno', {
      get() { return ctx.errno; },
      set(value) { ctx.errno = value; },
      enumerable: true, configurable: true,
    });
    Object.defineProperty(this, 'syscall', {
      get() { return ctx.syscall; },
      set(value) { ctx.syscall = value; },
      enumerable: true, configurable: true,
    });
  }
  fixStackHeader() {
    if (typeof this.stack !== 'string') return;
    const nl = this.stack.indexOf('\n    at ');
    Object.defineProperty(this, 'stack', {
      value: `SystemError [ERR_SYSTEM_ERROR]: ${this.message}` +
        (nl === -1 ? '' : this.stack.slice(nl)),
      writable: true, configurable: true, enumerable: false,
    });
  }
  [Symbol.for('nodejs.util.inspect.custom')](recurseTimes, ctx) {
    return require('internal/util/inspect').inspect(this, {
      ...ctx, getters: true, customInspect: false,
    });
  }
  get name() { return 'SystemError'; }
  set name(value) {
    Object.defineProperty(this, 'name', {
      value, enumerable: true, writable: true, configurable: true,
    });
  }
  toString() { return `${this.name} [${this.code}]: ${this.message}`; }
}

// Calls a binding method; a libuv error becomes Node's SystemError.
function callBinding(fn, ...args) {
  try {
    return fn(...args);
  } catch (err) {
    if (err !== null && typeof err === 'object' && typeof err.errno === 'number' &&
        typeof err.syscall === 'string') {
      const { errname, strerror } = internalBinding('uv');
      const ctx = {
        errno: err.errno,
        code: errname(err.errno),
        message: strerror(err.errno),
        syscall: err.syscall,
      };
      const sysErr = new SystemError(ctx);
      if (Error.captureStackTrace) Error.captureStackTrace(sysErr, callBinding);
      sysErr.fixStackHeader();
      throw sysErr;
    }
    throw err;
  }
}

function withPrimitive(fn, get = fn) {
  Object.defineProperty(fn, Symbol.toPrimitive, {
    value: () => get(), writable: true, enumerable: true, configurable: true,
  });
  return fn;
}

// --- simple facts -------------------------------------------------------------

let osInfo;
function info() {
  if (osInfo === undefined) osInfo = callBinding(binding.getOSInformation);
  return osInfo;
}

const getOSType = () => info()[0];
const getOSVersion = () => info()[1];
const getOSRelease = () => info()[2];
const getMachine = () => info()[3];

// Node names these three `wrappedFn`.
const getHostname = named(() => callBinding(binding.getHostname));
const getHomeDirectory = named(() => callBinding(binding.getHomeDirectory));
const getUptime = named(() => callBinding(binding.getUptime));
function named(fn) {
  Object.defineProperty(fn, 'name', { value: 'wrappedFn' });
  return fn;
}
function getTotalMem() { return binding.getTotalMem(); }
function getFreeMem() { return binding.getFreeMem(); }
function getAvailableParallelism() { return binding.getAvailableParallelism(); }

function arch() { return process.arch; }
function platform() { return process.platform; }

const kEndianness = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 'LE' : 'BE';
function endianness() { return kEndianness; }

function tmpdir() {
  let path = process.env.TMPDIR || process.env.TMP || process.env.TEMP || '/tmp';
  if (path.length > 1 && path.endsWith('/')) path = path.slice(0, -1);
  return path;
}

function loadavg() {
  const avg = binding.getLoadAvg();
  return [avg[0], avg[1], avg[2]];
}

function cpus() {
  const data = callBinding(binding.getCPUs);
  const result = [];
  for (let i = 0; i + 6 < data.length; i += 7) {
    result.push({
      model: data[i],
      speed: data[i + 1],
      times: {
        user: data[i + 2],
        nice: data[i + 3],
        sys: data[i + 4],
        idle: data[i + 5],
        irq: data[i + 6],
      },
    });
  }
  return result;
}

// --- networkInterfaces ---------------------------------------------------------

// The prefix length of a netmask, or null when its one-bits are not contiguous.
function maskBits(netmask, family) {
  let groups;
  let width;
  if (family === 'IPv6') {
    width = 16;
    const halves = netmask.split('::');
    if (halves.length > 2) return null;
    const head = halves[0] === '' ? [] : halves[0].split(':');
    const tail = halves.length === 2 && halves[1] !== '' ? halves[1].split(':') : [];
    const fill = halves.length === 2 ? 8 - head.length - tail.length : 0;
    groups = [...head, ...new Array(Math.max(fill, 0)).fill('0'), ...tail];
    groups = groups.map((g) => parseInt(g, 16));
  } else {
    width = 8;
    groups = netmask.split('.').map((g) => parseInt(g, 10));
  }
  let bits = 0;
  let seenZero = false;
  for (const g of groups) {
    if (Number.isNaN(g)) return null;
    for (let b = width - 1; b >= 0; b--) {
      if ((g >> b) & 1) {
        if (seenZero) return null;
        bits++;
      } else {
        seenZero = true;
      }
    }
  }
  return bits;
}

function getCIDR(address, netmask, family) {
  const bits = maskBits(netmask, family);
  return bits === null ? null : `${address}/${bits}`;
}

function networkInterfaces() {
  const data = callBinding(binding.getInterfaceAddresses);
  const result = {};
  if (data === undefined) return result;
  for (let i = 0; i + 6 < data.length; i += 7) {
    const name = data[i];
    const entry = {
      address: data[i + 1],
      netmask: data[i + 2],
      family: data[i + 3],
      mac: data[i + 4],
      internal: data[i + 5],
      cidr: getCIDR(data[i + 1], data[i + 2], data[i + 3]),
    };
    if (data[i + 6] !== -1) entry.scopeid = data[i + 6];
    if (result[name] === undefined) result[name] = [entry];
    else result[name].push(entry);
  }
  return result;
}

// --- priority -----------------------------------------------------------------

function getPriority(pid) {
  if (pid === undefined) pid = 0;
  else validateInt32(pid, 'pid');
  return callBinding(binding.getPriority, pid);
}

function setPriority(pid, priority) {
  if (priority === undefined) {
    priority = pid;
    pid = 0;
  }
  validateInt32(pid, 'pid');
  validateInt32(priority, 'priority', -20, 19);
  callBinding(binding.setPriority, pid, priority);
}

// --- userInfo -----------------------------------------------------------------

function userInfo(options) {
  if (typeof options !== 'object') options = null;
  const user = callBinding(binding.getUserInfo);
  const out = { __proto__: null };
  const asBuffer = options !== null && options.encoding === 'buffer';
  const encoding = options !== null && typeof options.encoding === 'string' &&
    options.encoding !== 'buffer' && Buffer.isEncoding(options.encoding) ?
    options.encoding : 'utf8';
  const conv = (s) => {
    if (s === null || s === undefined) return s;
    if (asBuffer) return Buffer.from(s, 'utf8');
    if (encoding !== 'utf8') return Buffer.from(s, 'utf8').toString(encoding);
    return s;
  };
  out.uid = user.uid;
  out.gid = user.gid;
  out.username = conv(user.username);
  out.homedir = conv(user.homedir);
  out.shell = conv(user.shell);
  return out;
}

// --- constants ----------------------------------------------------------------

function nullProtoCopy(src) {
  const out = { __proto__: null };
  if (src) for (const key of Object.keys(src)) out[key] = src[key];
  return out;
}

const constants = { __proto__: null };
constants.UV_UDP_REUSEADDR = osConstants.UV_UDP_REUSEADDR;
constants.dlopen = nullProtoCopy(osConstants.dlopen);
constants.errno = nullProtoCopy(osConstants.errno);
// Frozen in node 22: a signal number cannot be changed or added.
constants.signals = Object.freeze(nullProtoCopy(osConstants.signals));
constants.priority = nullProtoCopy(osConstants.priority);

withPrimitive(arch);
withPrimitive(getAvailableParallelism);
withPrimitive(endianness);
withPrimitive(getFreeMem);
withPrimitive(getHomeDirectory);
withPrimitive(getHostname);
withPrimitive(platform);
withPrimitive(getOSRelease);
withPrimitive(tmpdir);
withPrimitive(getTotalMem);
withPrimitive(getOSType);
withPrimitive(getUptime);
withPrimitive(getOSVersion);
withPrimitive(getMachine);

module.exports = {
  arch,
  availableParallelism: getAvailableParallelism,
  cpus,
  endianness,
  freemem: getFreeMem,
  getPriority,
  homedir: getHomeDirectory,
  hostname: getHostname,
  loadavg,
  networkInterfaces,
  platform,
  release: getOSRelease,
  setPriority,
  tmpdir,
  totalmem: getTotalMem,
  type: getOSType,
  userInfo,
  uptime: getUptime,
  version: getOSVersion,
  machine: getMachine,
};

Object.defineProperties(module.exports, {
  constants: { configurable: false, enumerable: true, value: constants },
  EOL: { configurable: true, enumerable: true, writable: false, value: '\n' },
  devNull: { configurable: true, enumerable: true, writable: false, value: '/dev/null' },
});
