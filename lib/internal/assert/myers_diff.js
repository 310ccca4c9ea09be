'use strict';

// Line diff for AssertionError messages: Myers' O(ND) shortest edit script
// between the lines of the inspected actual and expected values.
//
// diffLines(actual, expected) returns the script from first line to last as
// entries [kind, line] where kind is ' ' (both sides), '+' (actual only) or
// '-' (expected only). Two lines are the same when they only differ by a
// trailing comma: the last item of an object has none, so growing an object
// would otherwise show its old last line as changed. Such a line is given
// with its comma.

function withoutComma(line) {
  return line.endsWith(',') ? line.slice(0, -1) : line;
}

function sameLine(a, b) {
  return a === b || withoutComma(a) === withoutComma(b);
}

function checkSize(size) {
  if (size >= 2 ** 31) {
    const { codes: { ERR_OUT_OF_RANGE } } = require('internal/errors');
    throw new ERR_OUT_OF_RANGE('myersDiff input size', '< 2^31', size);
  }
}

// Walks the furthest-reaching paths: after round d, reach[k] is the largest
// actual index on diagonal k (= actual index - expected index) that d edits
// can get to. Going right consumes an actual line, going down an expected
// one; on a tie the path that went down is kept. The rounds' frontiers are
// kept (only diagonals -d..d) to walk the path back.
function shortestPath(actual, expected) {
  const n = actual.length;
  const m = expected.length;
  const max = n + m;
  checkSize(max);
  const offset = max + 1;
  const reach = new Int32Array(2 * max + 3);
  const rounds = [];
  for (let d = 0; d <= max; d++) {
    for (let k = -d; k <= d; k += 2) {
      let x;
      if (k === -d || (k !== d && reach[offset + k - 1] < reach[offset + k + 1])) {
        x = reach[offset + k + 1];
      } else {
        x = reach[offset + k - 1] + 1;
      }
      let y = x - k;
      while (x < n && y < m && sameLine(actual[x], expected[y])) {
        x++;
        y++;
      }
      reach[offset + k] = x;
      if (x >= n && y >= m) {
        rounds.push(reach.slice(offset - d, offset + d + 1));
        return rounds;
      }
    }
    rounds.push(reach.slice(offset - d, offset + d + 1));
  }
  return rounds;
}

function diffLines(actual, expected) {
  const rounds = shortestPath(actual, expected);
  const script = [];
  let x = actual.length;
  let y = expected.length;
  const common = (toX) => {
    while (x > toX) {
      x--;
      y--;
      const a = actual[x];
      script.push([' ', a.endsWith(',') ? a : expected[y]]);
    }
  };
  for (let d = rounds.length - 1; d > 0; d--) {
    // The previous round's frontier covers diagonals -(d-1)..(d-1).
    const before = rounds[d - 1];
    const at = (k) => before[k + d - 1];
    const k = x - y;
    const fromK = (k === -d || (k !== d && at(k - 1) < at(k + 1))) ? k + 1 : k - 1;
    const fromX = at(fromK);
    const fromY = fromX - fromK;
    // The snake after the edit, then the edit itself.
    common(fromK === k + 1 ? fromX : fromX + 1);
    if (fromK === k + 1) {
      y--;
      script.push(['-', expected[y]]);
    } else {
      x--;
      script.push(['+', actual[x]]);
    }
    x = fromX;
    y = fromY;
  }
  common(0);
  return script.reverse();
}

module.exports = { diffLines, checkSize };
