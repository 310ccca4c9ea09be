// A thrown non-Error value still gets the file:line, source line and caret
// of the throw. eddy prints an internal loader line instead.
// golden-stderr: ^uncaught-throw-nonerror-location\.js:7$
// golden-stderr: ^throw \{ code: 42, reason: 'not an Error' \};$
// golden-stderr: ^\{ code: 42, reason: 'not an Error' \}$
'use strict';
throw { code: 42, reason: 'not an Error' };
