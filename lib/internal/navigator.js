'use strict';

// The `navigator` global: what a browser-minded library may ask of the
// host (CPU count, locale, user agent). One instance exists; `new
// Navigator()` is refused like every other host-made web object.

const { ERR_ILLEGAL_CONSTRUCTOR } = require('internal/errors').codes;

const token = Symbol('navigator');
let languageCache;

class Navigator {
  constructor(key) {
    if (key !== token) throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  get hardwareConcurrency() {
    return require('os').availableParallelism();
  }

  // The locale the engine's ICU picked from LANG/LC_ALL at start-up.
  get language() {
    languageCache ??= new Intl.DateTimeFormat().resolvedOptions().locale;
    return languageCache;
  }

  get languages() {
    return [this.language];
  }

  get userAgent() {
    return `Node.js/${process.version.slice(1, process.version.indexOf('.'))}`;
  }

  get platform() {
    const names = { linux: 'Linux', darwin: 'MacIntel', win32: 'Win32' };
    const name = names[process.platform] ?? process.platform;
    return process.platform === 'linux' ? `${name} ${require('os').machine()}` : name;
  }
}

for (const name of ['hardwareConcurrency', 'language', 'languages', 'userAgent', 'platform']) {
  Object.defineProperty(Navigator.prototype, name, { enumerable: true });
}

module.exports = { Navigator, navigator: new Navigator(token) };
