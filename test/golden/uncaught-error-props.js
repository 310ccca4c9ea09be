// An uncaught error prints its own properties and its [cause] after the
// stack; exit code 1.
// golden-stderr: ^Error: outer problem$
// golden-stderr: ^  code: 'E_CUSTOM',$
// golden-stderr: ^  detail: \{ retry: false \},$
// golden-stderr: ^  \[cause\]: TypeError: inner problem$
'use strict';
const inner = new TypeError('inner problem');
const err = new Error('outer problem', { cause: inner });
err.code = 'E_CUSTOM';
err.detail = { retry: false };
console.log('throwing');
throw err;
