'use strict';
// os.userInfo(): a null-prototype object; {encoding: 'buffer'} turns the
// strings into Buffers; a non-object argument is ignored.
const assert = require('assert');
const os = require('os');

const info = os.userInfo();
assert.strictEqual(Object.getPrototypeOf(info), null);
assert.deepStrictEqual(Object.keys(info), ['uid', 'gid', 'username', 'homedir', 'shell']);
assert.strictEqual(info.uid, process.getuid());
assert.strictEqual(info.gid, process.getgid());
assert.strictEqual(typeof info.username, 'string');
assert.strictEqual(typeof info.homedir, 'string');

const buf = os.userInfo({ encoding: 'buffer' });
assert.ok(Buffer.isBuffer(buf.username));
assert.strictEqual(buf.username.toString(), info.username);
assert.strictEqual(buf.homedir.toString(), info.homedir);
assert.strictEqual(buf.uid, info.uid);

assert.deepStrictEqual(os.userInfo('buffer'), info);
