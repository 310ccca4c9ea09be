// The book's parallel-read example (examples/book/parallel-read.js), run unmodified.
'use strict';
require('../../examples/book/parallel-read.js');
