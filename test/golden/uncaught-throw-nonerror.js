// Throwing a non-Error value prints it with util.inspect: exit code 1.
// golden-stderr: ^\{ code: 42, reason: 'not an Error' \}$
'use strict';
console.log('throwing an object');
throw { code: 42, reason: 'not an Error' };
