'use strict';
// pathToFileURL percent-encodes the characters Node encodes in file paths.
const assert = require('assert');
const { pathToFileURL } = require('url');

assert.strictEqual(pathToFileURL('/foo\r\n\t<>"#%{}|^[\\~]`?bar', { windows: false }).href,
                   'file:///foo%0D%0A%09%3C%3E%22%23%25%7B%7D%7C%5E%5B%5C%7E%5D%60%3Fbar');
assert.strictEqual(pathToFileURL('C:\\foo^bar', { windows: true }).href, 'file:///C:/foo%5Ebar');
assert.strictEqual(pathToFileURL('C:\\a[b]|c~d', { windows: true }).href,
                   'file:///C:/a%5Bb%5D%7Cc%7Ed');
assert.strictEqual(pathToFileURL('/a!$&\'()*+,;=:@b', { windows: false }).href,
                   'file:///a!$&\'()*+,;=:@b');
