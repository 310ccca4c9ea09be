// The book's add example (examples/book/add.js), run unmodified.
'use strict';
require('../../examples/book/add.js');
