'use strict';

// What the ES module loader needs to know of a module's source before it
// runs, the engine giving no way to ask: whether its body awaits at the top
// level (require() refuses such a graph before running any of it, as node
// does), and where.
//
// The source has already compiled as a module, so this only has to tell
// code apart from strings, comments, regular expressions and template text,
// and the top level apart from function bodies. In a module `await` is a
// keyword everywhere outside property names, so an `await` token outside
// every function is a top-level await. When unsure (a body it cannot place),
// the scan leans to "inside a function": a missed await only means the
// module runs before require() finds out.

const kKeywordsBeforeExpression = new Set([
  'return', 'typeof', 'instanceof', 'in', 'of', 'new', 'delete', 'void', 'throw',
  'case', 'do', 'else', 'await', 'yield', 'extends',
]);
// `(...) {` opens a block, not a function body, after these.
const kBlockHeads = new Set(['if', 'for', 'while', 'switch', 'catch', 'with']);

function isIdentifierStart(code) {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 36 ||
    code === 95 || code === 92 || code >= 0x80;
}

function isIdentifierPart(code) {
  return isIdentifierStart(code) || (code >= 48 && code <= 57);
}

function isDigit(code) {
  return code >= 48 && code <= 57;
}

// The offset of the first top-level `await` of `source` (the `await` of a
// top-level `for await` too), or -1.
function findTopLevelAwait(source) {
  const length = source.length;
  // One frame per open bracket: { kind, fn (a function or class body),
  // object (a `{` in expression position) }; `${` of a template too.
  const stack = [];
  let functionDepth = 0;
  const arrows = [];    // stack depths of the concise arrow bodies open
  let prev = '';        // previous token ('' at the start)
  let prevKind = '';    // 'name', 'number', 'string', 'regexp', 'punct'
  let beforePrev = '';
  let closedParen = null;  // the tokens before the `(` just closed
  let classDepth = -1;     // stack depth of a `class` whose body comes next
  let i = 0;

  const push = (token, kind) => {
    beforePrev = prev;
    prev = token;
    prevKind = kind;
  };
  const regexpAllowed = () => {
    if (prevKind === 'name') return kKeywordsBeforeExpression.has(prev);
    if (prevKind === 'number' || prevKind === 'string' || prevKind === 'regexp') return false;
    return prev !== ')' && prev !== ']' && prev !== '}';
  };
  const closeArrows = (depth) => {
    while (arrows.length > 0 && arrows[arrows.length - 1] >= depth) arrows.pop();
  };
  // The next significant character at or after `from`.
  const peek = (from) => {
    let j = from;
    while (j < length) {
      const c = source.charCodeAt(j);
      if (c === 32 || c === 9 || c === 10 || c === 13 || c === 0xA0 || c === 0xFEFF ||
          c === 0x2028 || c === 0x2029) {
        j++;
      } else if (c === 47 && source.charCodeAt(j + 1) === 47) {
        while (j < length && source.charCodeAt(j) !== 10) j++;
      } else if (c === 47 && source.charCodeAt(j + 1) === 42) {
        const end = source.indexOf('*/', j + 2);
        j = end === -1 ? length : end + 2;
      } else {
        return source[j];
      }
    }
    return '';
  };
  // Skips template text from i (after ` or }) to the next ` or ${.
  const scanTemplate = () => {
    while (i < length) {
      const c = source.charCodeAt(i);
      if (c === 92) {
        i += 2;
      } else if (c === 96) {
        i++;
        push('`', 'string');
        return;
      } else if (c === 36 && source.charCodeAt(i + 1) === 123) {
        i += 2;
        stack.push({ kind: '${', fn: false, object: false });
        push('${', 'punct');
        return;
      } else {
        i++;
      }
    }
  };

  while (i < length) {
    const c = source.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13 || c === 11 || c === 12 ||
        c === 0xA0 || c === 0xFEFF || c === 0x2028 || c === 0x2029) {
      i++;
      continue;
    }
    if (c === 47) {  // /
      const next = source.charCodeAt(i + 1);
      if (next === 47) {
        while (i < length && source.charCodeAt(i) !== 10) i++;
        continue;
      }
      if (next === 42) {
        const end = source.indexOf('*/', i + 2);
        i = end === -1 ? length : end + 2;
        continue;
      }
      if (regexpAllowed()) {
        i++;
        let inClass = false;
        while (i < length) {
          const r = source.charCodeAt(i);
          if (r === 92) {
            i += 2;
            continue;
          }
          i++;
          if (r === 91) inClass = true;
          else if (r === 93) inClass = false;
          else if (r === 47 && !inClass) break;
          else if (r === 10) break;
        }
        while (i < length && isIdentifierPart(source.charCodeAt(i))) i++;
        push('/re/', 'regexp');
        continue;
      }
      i++;
      push('/', 'punct');
      continue;
    }
    if (c === 39 || c === 34) {  // ' "
      i++;
      while (i < length) {
        const s = source.charCodeAt(i);
        if (s === 92) {
          i += 2;
          continue;
        }
        i++;
        if (s === c || s === 10) break;
      }
      push('"', 'string');
      continue;
    }
    if (c === 96) {  // `
      i++;
      scanTemplate();
      continue;
    }
    if (isIdentifierStart(c)) {
      const start = i;
      i++;
      while (i < length && isIdentifierPart(source.charCodeAt(i))) i++;
      const word = source.slice(start, i);
      if (word === 'await' && prev !== '.' && prev !== '?.' && functionDepth === 0 &&
          arrows.length === 0) {
        const next = peek(i);
        const top = stack[stack.length - 1];
        // A property name: `{ await: x }`, `{ await() {} }`.
        const property = next === ':' ||
          (top !== undefined && top.object && (prev === '{' || prev === ',') &&
           (next === '(' || next === ',' || next === '}'));
        if (!property) return start;
      }
      if (word === 'class') classDepth = stack.length;
      push(word, 'name');
      continue;
    }
    if (isDigit(c) || (c === 46 && isDigit(source.charCodeAt(i + 1)))) {
      i++;
      while (i < length) {
        const d = source.charCodeAt(i);
        if (isIdentifierPart(d) || d === 46) {
          i++;
        } else if ((d === 43 || d === 45) &&
                   (source.charCodeAt(i - 1) === 101 || source.charCodeAt(i - 1) === 69) &&
                   !/^0[xX]/.test(source.slice(i - 20 < 0 ? 0 : i - 20, i))) {
          i++;  // 1e+5
        } else {
          break;
        }
      }
      push('0', 'number');
      continue;
    }
    // Punctuators.
    const ch = source[i];
    if (ch === '(' || ch === '[') {
      stack.push({ kind: ch, fn: false, object: false, before: prev, before2: beforePrev });
      i++;
      push(ch, 'punct');
      continue;
    }
    if (ch === '{') {
      let fn = false;
      let object = false;
      if (classDepth === stack.length) {
        fn = true;  // a class body: its members are functions
        classDepth = -1;
      } else if (prev === '=>') {
        fn = true;
        // The arrow's body is this block, not a concise expression.
        closeArrows(stack.length);
      } else if (prev === ')' && closedParen !== null) {
        fn = !kBlockHeads.has(closedParen.before) &&
          !(closedParen.before === 'await' && closedParen.before2 === 'for');
      } else if (prevKind === 'punct' && prev !== ';' && prev !== '}' && prev !== '{' &&
                 prev !== ')' && prev !== '') {
        object = true;
      } else if (prevKind === 'name' && (prev === 'return' || prev === 'typeof' ||
                 prev === 'in' || prev === 'of' || prev === 'void' || prev === 'await' ||
                 prev === 'yield' || prev === 'case' || prev === 'throw' ||
                 prev === 'instanceof' || prev === 'delete' || prev === 'new')) {
        object = true;
      }
      stack.push({ kind: '{', fn, object });
      if (fn) functionDepth++;
      i++;
      push('{', 'punct');
      continue;
    }
    if (ch === ')' || ch === ']' || ch === '}') {
      const frame = stack.pop();
      closeArrows(stack.length + 1);
      i++;
      if (frame === undefined) {
        push(ch, 'punct');
        continue;
      }
      if (frame.fn) functionDepth--;
      if (frame.kind === '${') {
        scanTemplate();
        continue;
      }
      closedParen = ch === ')' ? frame : null;
      push(ch, 'punct');
      // A block's end starts a statement; an object's end ends an expression.
      if (ch === '}' && !frame.object && !frame.fn) prevKind = 'punct';
      continue;
    }
    if (ch === '=' && source[i + 1] === '>') {
      i += 2;
      push('=>', 'punct');
      if (peek(i) !== '{') arrows.push(stack.length);
      continue;
    }
    if (ch === '?' && source[i + 1] === '.' && !isDigit(source.charCodeAt(i + 2))) {
      i += 2;
      push('?.', 'punct');
      continue;
    }
    if (ch === ',' || ch === ';') {
      closeArrows(stack.length);
      i++;
      push(ch, 'punct');
      continue;
    }
    if (ch === '.' && source[i + 1] === '.' && source[i + 2] === '.') {
      i += 3;
      push('...', 'punct');
      continue;
    }
    i++;
    push(ch, 'punct');
  }
  return -1;
}

// 1-based line and 0-based column of `offset` in `source`.
function positionOf(source, offset) {
  let line = 1;
  let lineStart = 0;
  for (let j = 0; j < offset; j++) {
    if (source.charCodeAt(j) === 10) {
      line++;
      lineStart = j + 1;
    }
  }
  return { line, column: offset - lineStart };
}

// Rewording the engine's errors about module syntax.

// The messages of the errors the engine gives code that only a module may
// hold: compiled as CommonJS, a file failing with one of them may be one.
const kModuleSyntaxErrors = [
  /^import declarations may only appear at top level of a module$/,
  /^export declarations may only appear at top level of a module$/,
  /^import\.meta may only appear in a module$/,
  /^await is only valid in async functions, async generators and modules$/,
  /^for await \(\.\.\. of \.\.\.\) is only valid in async functions and async generators$/,
  /^redeclaration of formal parameter (?:exports|require|module|__filename|__dirname)$/,
];

// Whether a CommonJS compile error `err` of `filename` is module syntax.
function isModuleSyntaxError(err, filename) {
  if (!(err instanceof SyntaxError) || err.fileName !== filename) return false;
  const message = err.message;
  for (const pattern of kModuleSyntaxErrors) {
    if (pattern.test(message)) return true;
  }
  return false;
}

// node's V8 wording for what only a module may hold, given to errors of
// code compiled as CommonJS or as a script.
const kScriptSyntaxMessages = [
  [kModuleSyntaxErrors[0], 'Cannot use import statement outside a module'],
  [kModuleSyntaxErrors[1], "Unexpected token 'export'"],
  [kModuleSyntaxErrors[2], "Cannot use 'import.meta' outside a module"],
  [kModuleSyntaxErrors[3], 'await is only valid in async functions and the top level bodies of modules'],
];

// Rewords `err` (a SyntaxError of non-module code); returns whether it
// is about import or export statements.
function rewordScriptSyntaxError(err) {
  if (!(err instanceof SyntaxError) || typeof err.message !== 'string') return false;
  for (let i = 0; i < kScriptSyntaxMessages.length; i++) {
    if (kScriptSyntaxMessages[i][0].test(err.message)) {
      setMessage(err, kScriptSyntaxMessages[i][1]);
      return i < 2;
    }
  }
  return false;
}

function setMessage(err, message) {
  const old = err.message;
  const { stack } = err;
  Object.defineProperty(err, 'message', {
    __proto__: null, value: message, writable: true, configurable: true, enumerable: false,
  });
  // An error whose stack is text of its own (made by errors.js, or
  // decorated): its header follows.
  if (typeof stack === 'string' && Object.hasOwn(err, 'stack') && typeof old === 'string') {
    const at = stack.indexOf(old);
    if (at !== -1 && !stack.slice(0, at).includes('\n    at ')) {
      Object.defineProperty(err, 'stack', {
        __proto__: null,
        value: stack.slice(0, at) + message + stack.slice(at + old.length),
        writable: true,
        configurable: true,
        enumerable: false,
      });
    }
  }
}

module.exports = {
  findTopLevelAwait, positionOf, isModuleSyntaxError, rewordScriptSyntaxError, setMessage,
};
