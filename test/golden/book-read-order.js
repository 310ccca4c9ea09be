// The book's read-order example (examples/book/read-order.js), run unmodified.
'use strict';
require('../../examples/book/read-order.js');
