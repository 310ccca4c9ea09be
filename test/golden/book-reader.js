// The book's reader example (examples/book/reader.js), run unmodified.
'use strict';
require('../../examples/book/reader.js');
