'use strict';

// util.parseArgs(): command line parsing driven by a description of the
// options.
//
// The work is done in three passes over plain data:
//   1. `scan()` turns the argument strings into tokens (option, positional,
//      option-terminator) -- the tokens `tokens: true` returns;
//   2. in strict mode `checkToken()` rejects what the description does not
//      allow;
//   3. `collect()` stores values and positionals, then fills in defaults.
// The description (`options`) is user data: it is only ever read through
// its own properties, so Object.prototype cannot inject options.

const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_PARSE_ARGS_INVALID_OPTION_VALUE,
    ERR_PARSE_ARGS_UNKNOWN_OPTION,
    ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL,
  },
} = require('internal/errors');
const {
  validateArray,
  validateBoolean,
  validateBooleanArray,
  validateObject,
  validateString,
  validateStringArray,
} = require('internal/validators');

const ownProperty = (object, key) => Object.prototype.hasOwnProperty.call(object, key);

function ownValue(object, key) {
  return object != null && ownProperty(object, key) ? object[key] : undefined;
}

// Read access to the options description.
class OptionTable {
  constructor(options) {
    this.options = options;
    this.names = Object.keys(options);
  }

  has(name) {
    return ownProperty(this.options, name);
  }

  setting(name, key) {
    return this.has(name) ? ownValue(this.options[name], key) : undefined;
  }

  takesValue(name) {
    return this.setting(name, 'type') === 'string';
  }

  // The long name declared for a one-letter option; the letter itself when
  // none is (so unknown short options still get a name).
  longNameOf(letter) {
    for (const name of this.names) {
      if (this.setting(name, 'short') === letter) return name;
    }
    return letter;
  }
}

// The arguments after the program: argv[1] onward for `-e` / `-p` (no
// script path), argv[2] onward otherwise.
function programArguments() {
  const execArgv = process.execArgv || [];
  const evaluated = typeof process._eval === 'string' ||
    execArgv.some((flag) => /^(?:--eval|--print)(?:=|$)/.test(flag) ||
                            /^-[a-zA-Z]*[ep][a-zA-Z]*$/.test(flag));
  return process.argv.slice(evaluated ? 1 : 2);
}

// ---------------------------------------------------------------------------
// 1. Tokens

// Tokens of `--no-name` options that stand for name=false (allowNegative).
const negatedTokens = new WeakSet();

function optionToken(name, rawName, index, value, inlineValue) {
  return { kind: 'option', name, rawName, index, value, inlineValue };
}

// What a lone `-x` or `--name` means: takes the next argument as its value
// when it is declared as a string option and one follows; otherwise, with
// allowNegative, `no-name` stands for name=false.
function loneOptionToken(table, settings, name, rawName, index, pending) {
  if (table.takesValue(name) && pending.length !== 0 && pending[0].text != null) {
    return optionToken(name, rawName, index, pending.shift().text, false);
  }
  if (settings.allowNegative && name.startsWith('no-')) {
    const token = optionToken(name.slice(3), rawName, index, undefined, undefined);
    negatedTokens.add(token);
    return token;
  }
  return optionToken(name, rawName, index, undefined, undefined);
}

function scan(settings, table) {
  const tokens = [];
  // Arguments still to read, each with the index it had in `args`; an
  // expanded short group (-abc) is put back here as -a -b -c.
  const pending = settings.args.map((text, index) => ({ text, index }));

  while (pending.length !== 0) {
    const { text, index } = pending.shift();
    const isText = typeof text === 'string';

    if (text === '--') {
      // Everything after the terminator is positional.
      tokens.push({ kind: 'option-terminator', index });
      for (const rest of pending) tokens.push({ kind: 'positional', index: rest.index, value: rest.text });
      break;
    }

    if (isText && text.length >= 2 && text[0] === '-' && text[1] !== '-') {
      const letter = text[1];
      const name = table.longNameOf(letter);
      if (text.length === 2) {
        tokens.push(loneOptionToken(table, settings, name, text, index, pending));
      } else if (table.takesValue(name)) {
        // -fVALUE
        tokens.push(optionToken(name, `-${letter}`, index, text.slice(2), true));
      } else {
        // -abc: each letter on its own; a letter that takes a value takes
        // the rest of the group.
        const expanded = [];
        for (let at = 1; at < text.length; at++) {
          const groupLetter = text[at];
          if (at < text.length - 1 && table.takesValue(table.longNameOf(groupLetter))) {
            expanded.push({ text: `-${text.slice(at)}`, index });
            break;
          }
          expanded.push({ text: `-${groupLetter}`, index });
        }
        pending.unshift(...expanded);
      }
      continue;
    }

    if (isText && text.length > 2 && text.startsWith('--')) {
      const equals = text.indexOf('=', 3);
      if (equals === -1) {
        tokens.push(loneOptionToken(table, settings, text.slice(2), text, index, pending));
      } else {
        // --name=value
        const name = text.slice(2, equals);
        tokens.push(optionToken(name, `--${name}`, index, text.slice(equals + 1), true));
      }
      continue;
    }

    tokens.push({ kind: 'positional', index, value: text });
  }
  return tokens;
}

// ---------------------------------------------------------------------------
// 2. Strict checks

function spelledOut(table, name) {
  const letter = table.setting(name, 'short');
  return `${letter ? `-${letter}, ` : ''}--${name}`;
}

function checkToken(settings, table, token) {
  let name = token.name;
  if (negatedTokens.has(token)) {
    // Only a known boolean option can be negated.
    if (table.setting(name, 'type') !== 'boolean') {
      throw new ERR_PARSE_ARGS_UNKNOWN_OPTION(token.rawName, settings.allowPositionals);
    }
    return;
  }
  if (!table.has(name)) {
    // `--no-name=value` is judged as the negation of boolean `name`.
    const positive = settings.allowNegative && name.startsWith('no-') ? name.slice(3) : undefined;
    if (positive === undefined || table.setting(positive, 'type') !== 'boolean') {
      throw new ERR_PARSE_ARGS_UNKNOWN_OPTION(token.rawName, settings.allowPositionals);
    }
    name = positive;
  }
  const type = table.setting(name, 'type');
  if (type === 'string' && typeof token.value !== 'string') {
    throw new ERR_PARSE_ARGS_INVALID_OPTION_VALUE(
      `Option '${spelledOut(table, name)} <value>' argument missing`);
  }
  if (type === 'boolean' && token.value != null) {
    throw new ERR_PARSE_ARGS_INVALID_OPTION_VALUE(
      `Option '${spelledOut(table, name)}' does not take an argument`);
  }
  // `--file -x`: the value looks like another option; most likely the
  // value was forgotten.
  const value = token.value;
  if (!token.inlineValue && value != null && value.length > 1 && value[0] === '-') {
    const usage = token.rawName.startsWith('--') ?
      `'${token.rawName}=-XYZ'` :
      `'--${token.name}=-XYZ' or '${token.rawName}-XYZ'`;
    throw new ERR_PARSE_ARGS_INVALID_OPTION_VALUE(
      `Option '${token.rawName}' argument is ambiguous.\n` +
      `Did you forget to specify the option argument for '${token.rawName}'?\n` +
      `To specify an option argument starting with a dash use ${usage}.`);
  }
}

// ---------------------------------------------------------------------------
// 3. Values

function collect(settings, table, tokens) {
  const values = { __proto__: null };
  const positionals = [];
  for (const token of tokens) {
    if (token.kind === 'positional') {
      if (!settings.allowPositionals) throw new ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL(token.value);
      positionals.push(token.value);
      continue;
    }
    if (token.kind !== 'option') continue;
    if (settings.strict) checkToken(settings, table, token);
    const negated = negatedTokens.has(token);
    // A plain `--__proto__` is dropped rather than stored.
    if (token.name === '__proto__' && !negated) continue;
    const value = negated ? false : (token.value ?? true);
    if (table.setting(token.name, 'multiple')) {
      if (values[token.name] === undefined) values[token.name] = [];
      values[token.name].push(value);
    } else {
      values[token.name] = value;
    }
  }
  for (const name of table.names) {
    const fallback = table.setting(name, 'default');
    if (fallback !== undefined && values[name] === undefined && name !== '__proto__') {
      values[name] = fallback;
    }
  }
  return { values, positionals };
}

// ---------------------------------------------------------------------------
// Configuration

const OPTION_TYPES = ['string', 'boolean'];

function checkDescription(options) {
  for (const name of Object.keys(options)) {
    const where = `options.${name}`;
    const option = options[name];
    validateObject(option, where);

    const type = ownValue(option, 'type');
    if (!OPTION_TYPES.includes(type)) {
      throw new ERR_INVALID_ARG_TYPE(`${where}.type`, `('${OPTION_TYPES.join('|')}')`, type);
    }
    if (ownProperty(option, 'short')) {
      validateString(option.short, `${where}.short`);
      if (option.short.length !== 1) {
        throw new ERR_INVALID_ARG_VALUE(`${where}.short`, option.short, 'must be a single character');
      }
    }
    const multiple = ownValue(option, 'multiple');
    if (ownProperty(option, 'multiple')) validateBoolean(multiple, `${where}.multiple`);

    const fallback = ownValue(option, 'default');
    if (fallback === undefined) continue;
    const check = type === 'string' ?
      (multiple ? validateStringArray : validateString) :
      (multiple ? validateBooleanArray : validateBoolean);
    check(fallback, `${where}.default`);
  }
}

function readSettings(config) {
  const strict = ownValue(config, 'strict') ?? true;
  const settings = {
    args: ownValue(config, 'args') ?? programArguments(),
    strict,
    allowPositionals: ownValue(config, 'allowPositionals') ?? !strict,
    allowNegative: ownValue(config, 'allowNegative') ?? false,
    tokens: ownValue(config, 'tokens') ?? false,
    options: ownValue(config, 'options') ?? { __proto__: null },
  };
  validateArray(settings.args, 'args');
  validateBoolean(settings.strict, 'strict');
  validateBoolean(settings.allowPositionals, 'allowPositionals');
  validateBoolean(settings.allowNegative, 'allowNegative');
  validateBoolean(settings.tokens, 'tokens');
  validateObject(settings.options, 'options');
  checkDescription(settings.options);
  return settings;
}

function parseArgs(config = { __proto__: null }) {
  const settings = readSettings(config);
  const table = new OptionTable(settings.options);
  const tokens = scan(settings, table);
  const result = collect(settings, table, tokens);
  if (settings.tokens) result.tokens = tokens;
  return result;
}

module.exports = { parseArgs };
