// The book's counter example (examples/book/counter.js), run unmodified.
'use strict';
require('../../examples/book/counter.js');
