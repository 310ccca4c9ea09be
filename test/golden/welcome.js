// examples/welcome.js (what `make run` prints) must stay deterministic.
'use strict';
require('../../examples/welcome.js');
