// console.log/info/debug go to stdout with printf-style formatting;
// console.error/warn go to stderr (checked via NAME.stderr).
// golden-stderr: ^error line 7$
// golden-stderr: ^warn line$
// golden-stderr: ^Assertion failed: assertion message formatted$
'use strict';
console.log('%s is %d years and %i days', 'eddy', 1.5, 42.9);
console.log('%o and %O', { a: [1, 2] }, { b: { c: {} } });
console.log('%j', { json: true });
console.log('%c styled %%', 'color: red');
console.log('extra', 'args', 1, true, null, undefined);
console.log('%s', Symbol('sym'), 10n, -0);
console.info('info line');
console.debug('debug line');
console.error('error line %d', 7);
console.warn('warn line');
console.log();
console.log('%f and %s', '3.25', { toString() { return 'custom'; } });
console.assert(true, 'not printed');
console.assert(false, 'assertion message %s', 'formatted');
console.log('done');
