'use strict';

// fs.watch(dir, { recursive: true }) on Linux, where inotify watches a single
// directory: one FSWatcher per directory of the tree, added as directories
// appear and dropped as they go. Symbolic links are not followed, so a link
// to a directory outside the tree never reports that directory's changes.
// Filenames are relative to the watched directory and always strings: Node's
// Linux implementation ignores the encoding option here too.

const EventEmitter = require('events');
const pathModule = require('path');
const { FSWatcher } = require('internal/fs/watchers');

class RecursiveWatcher extends EventEmitter {
  #root = '';
  #persistent = true;
  #watchers = new Map();  // directory -> FSWatcher
  #closed = false;
  #refed = true;

  constructor(root, persistent) {
    super();
    this.#root = root;
    this.#persistent = persistent;
  }

  // Throws as fs.watch does when the root cannot be watched.
  start() {
    const fs = require('fs');
    if (!fs.statSync(this.#root).isDirectory()) {
      // A file: nothing to recurse into; its events are the file's own.
      const watcher = this.#newWatcher(this.#root);
      watcher.on('change', (eventType, filename) => this.emit('change', eventType, filename));
      return;
    }
    this.#watchTree(this.#root, false);
  }

  #newWatcher(path) {
    const watcher = new FSWatcher();
    watcher.start(path, this.#persistent, 'utf8');
    if (!this.#refed) watcher.unref();
    watcher.on('error', (err) => {
      if (path === this.#root) {
        this.emit('error', err);
        this.close();
      } else {
        this.#unwatchTree(path);  // a subdirectory went away under us
      }
    });
    this.#watchers.set(path, watcher);
    return watcher;
  }

  // Watches `dir` and every directory below it. With `report`, entries found
  // there are reported as new ('rename'): they may have been created before
  // the watch on their directory began.
  #watchTree(dir, report) {
    if (this.#closed || this.#watchers.has(dir)) return;
    try {
      const watcher = this.#newWatcher(dir);
      watcher.on('change', (eventType, name) => this.#onChange(dir, eventType, name));
    } catch (err) {
      if (dir === this.#root) throw err;
      return;  // gone already, or not readable: nothing to watch
    }
    let entries;
    try {
      entries = require('fs').readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const path = pathModule.join(dir, entry.name);
      if (report) this.#emitChange('rename', path);
      if (entry.isDirectory()) this.#watchTree(path, report);
    }
  }

  #unwatchTree(dir) {
    const prefix = dir + pathModule.sep;
    for (const [path, watcher] of this.#watchers) {
      if (path === dir || path.startsWith(prefix)) {
        watcher.close();
        this.#watchers.delete(path);
      }
    }
  }

  #onChange(dir, eventType, name) {
    if (this.#closed) return;
    if (name === null || name === undefined) return;
    const path = pathModule.join(dir, name);
    let stats;
    try {
      stats = require('fs').lstatSync(path);
    } catch {
      stats = null;
    }
    // inotify reports a watched directory's own removal on its watcher too;
    // the parent directory's watcher reports it already.
    if (dir !== this.#root && stats === null && pathModule.basename(dir) === name &&
        !require('fs').existsSync(dir)) {
      this.#unwatchTree(dir);
      return;
    }
    this.#emitChange(eventType, path);
    if (eventType !== 'rename') return;
    if (stats !== null && stats.isDirectory()) {
      this.#watchTree(path, true);
    } else if (stats === null) {
      this.#unwatchTree(path);
    }
  }

  #emitChange(eventType, path) {
    this.emit('change', eventType, pathModule.relative(this.#root, path));
  }

  close() {
    if (this.#closed) return;
    this.#closed = true;
    for (const watcher of this.#watchers.values()) watcher.close();
    this.#watchers.clear();
    process.nextTick(() => this.emit('close'));
  }

  ref() {
    this.#refed = true;
    for (const watcher of this.#watchers.values()) watcher.ref();
    return this;
  }

  unref() {
    this.#refed = false;
    for (const watcher of this.#watchers.values()) watcher.unref();
    return this;
  }
}

module.exports = { RecursiveWatcher };
