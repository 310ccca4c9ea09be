'use strict';

// util.parseArgs(): command line parsing driven by an options description.
// Arguments are first turned into tokens (option, positional,
// option-terminator), then checked (strict mode) and stored.

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

const hasOwn = (obj, key) => Object.prototype.hasOwnProperty.call(obj, key);

function getOwn(obj, key, defaultValue) {
  return hasOwn(obj, key) ? obj[key] : defaultValue;
}

// Reads `options[longOption][key]` only through own properties.
function optionsGetOwn(options, longOption, key) {
  if (hasOwn(options, longOption)) {
    const opt = options[longOption];
    if (opt != null && hasOwn(opt, key)) return opt[key];
  }
  return undefined;
}

function getMainArgs() {
  const execArgv = process.execArgv || [];
  if (execArgv.includes('-e') || execArgv.includes('--eval') ||
      execArgv.includes('-p') || execArgv.includes('--print')) {
    return process.argv.slice(1);
  }
  return process.argv.slice(2);
}

function findLongOptionForShort(shortOption, options) {
  const keys = Object.keys(options);
  for (let i = 0; i < keys.length; i++) {
    if (optionsGetOwn(options, keys[i], 'short') === shortOption) return keys[i];
  }
  return shortOption;
}

const isStr = (arg) => typeof arg === 'string';

// `-f`
function isLoneShortOption(arg) {
  return isStr(arg) && arg.length === 2 && arg[0] === '-' && arg[1] !== '-';
}

// `--foo`
function isLoneLongOption(arg) {
  return isStr(arg) && arg.length > 2 && arg.startsWith('--') && !arg.includes('=', 3);
}

// `--foo=bar`
function isLongOptionAndValue(arg) {
  return isStr(arg) && arg.length > 2 && arg.startsWith('--') && arg.includes('=', 3);
}

function isShortLike(arg) {
  return isStr(arg) && arg.length > 2 && arg[0] === '-' && arg[1] !== '-';
}

// `-abc` where `-a` does not take a value.
function isShortOptionGroup(arg, options) {
  if (!isShortLike(arg)) return false;
  const longOption = findLongOptionForShort(arg[1], options);
  return optionsGetOwn(options, longOption, 'type') !== 'string';
}

// `-fVALUE` where `-f` takes a value.
function isShortOptionAndValue(arg, options) {
  if (!isShortLike(arg)) return false;
  const longOption = findLongOptionForShort(arg[1], options);
  return optionsGetOwn(options, longOption, 'type') === 'string';
}

function isOptionValue(value) {
  return value != null;
}

function isOptionLikeValue(value) {
  return value != null && value.length > 1 && value[0] === '-';
}

function checkOptionLikeValue(token) {
  if (!token.inlineValue && isOptionLikeValue(token.value)) {
    const example = token.rawName.startsWith('--') ?
      `'${token.rawName}=-XYZ'` :
      `'--${token.name}=-XYZ' or '${token.rawName}-XYZ'`;
    const errorMessage = `Option '${token.rawName}' argument is ambiguous.
Did you forget to specify the option argument for '${token.rawName}'?
To specify an option argument starting with a dash use ${example}.`;
    throw new ERR_PARSE_ARGS_INVALID_OPTION_VALUE(errorMessage);
  }
}

function checkOptionUsage(config, token) {
  if (!hasOwn(config.options, token.name)) {
    throw new ERR_PARSE_ARGS_UNKNOWN_OPTION(token.rawName, config.allowPositionals);
  }
  const short = optionsGetOwn(config.options, token.name, 'short');
  const shortAndLong = `${short ? `-${short}, ` : ''}--${token.name}`;
  const type = optionsGetOwn(config.options, token.name, 'type');
  if (type === 'string' && typeof token.value !== 'string') {
    throw new ERR_PARSE_ARGS_INVALID_OPTION_VALUE(`Option '${shortAndLong} <value>' argument missing`);
  }
  if (type === 'boolean' && token.value != null) {
    throw new ERR_PARSE_ARGS_INVALID_OPTION_VALUE(`Option '${shortAndLong}' does not take an argument`);
  }
}

function storeOption(longOption, optionValue, options, values) {
  if (longOption === '__proto__') return;
  const newValue = optionValue ?? true;
  if (optionsGetOwn(options, longOption, 'multiple')) {
    if (values[longOption] === undefined) values[longOption] = [newValue];
    else values[longOption].push(newValue);
  } else {
    values[longOption] = newValue;
  }
}

function storeDefaultOption(longOption, optionValue, values) {
  if (longOption === '__proto__') return;
  values[longOption] = optionValue;
}

function optionToken(name, rawName, index, value, inlineValue) {
  return { kind: 'option', name, rawName, index, value, inlineValue };
}

function argsToTokens(args, options) {
  const tokens = [];
  // Work queue of [arg, index]: expanded short groups keep their arg's index.
  const queue = [];
  for (let i = 0; i < args.length; i++) queue.push([args[i], i]);
  let q = 0;
  const peek = () => (q < queue.length ? queue[q][0] : undefined);

  while (q < queue.length) {
    const [arg, index] = queue[q++];

    if (arg === '--') {
      tokens.push({ kind: 'option-terminator', index });
      while (q < queue.length) {
        const [value, i] = queue[q++];
        tokens.push({ kind: 'positional', index: i, value });
      }
      break;
    }

    if (isLoneShortOption(arg)) {
      const shortOption = arg[1];
      const longOption = findLongOptionForShort(shortOption, options);
      let value;
      let inlineValue;
      if (optionsGetOwn(options, longOption, 'type') === 'string' && isOptionValue(peek())) {
        value = queue[q++][0];
        inlineValue = false;
      }
      tokens.push(optionToken(longOption, arg, index, value, inlineValue));
      continue;
    }

    if (isShortOptionGroup(arg, options)) {
      const expanded = [];
      for (let i = 1; i < arg.length; i++) {
        const shortOption = arg[i];
        const longOption = findLongOptionForShort(shortOption, options);
        if (optionsGetOwn(options, longOption, 'type') !== 'string' || i === arg.length - 1) {
          expanded.push([`-${shortOption}`, index]);
        } else {
          // A value-taking option inside the group takes the rest as its value.
          expanded.push([`-${arg.slice(i)}`, index]);
          break;
        }
      }
      queue.splice(q, 0, ...expanded);
      continue;
    }

    if (isShortOptionAndValue(arg, options)) {
      const shortOption = arg[1];
      const longOption = findLongOptionForShort(shortOption, options);
      tokens.push(optionToken(longOption, `-${shortOption}`, index, arg.slice(2), true));
      continue;
    }

    if (isLoneLongOption(arg)) {
      const longOption = arg.slice(2);
      let value;
      let inlineValue;
      if (optionsGetOwn(options, longOption, 'type') === 'string' && isOptionValue(peek())) {
        value = queue[q++][0];
        inlineValue = false;
      }
      tokens.push(optionToken(longOption, arg, index, value, inlineValue));
      continue;
    }

    if (isLongOptionAndValue(arg)) {
      const eq = arg.indexOf('=');
      const longOption = arg.slice(2, eq);
      tokens.push(optionToken(longOption, `--${longOption}`, index, arg.slice(eq + 1), true));
      continue;
    }

    tokens.push({ kind: 'positional', index, value: arg });
  }
  return tokens;
}

function validateUnion(value, name, union) {
  if (!union.includes(value)) {
    throw new ERR_INVALID_ARG_TYPE(name, `('${union.join('|')}')`, value);
  }
}

function validateOptions(options) {
  const keys = Object.keys(options);
  for (let k = 0; k < keys.length; k++) {
    const longOption = keys[k];
    const optionConfig = options[longOption];
    validateObject(optionConfig, `options.${longOption}`);

    const optionType = getOwn(optionConfig, 'type');
    validateUnion(optionType, `options.${longOption}.type`, ['string', 'boolean']);

    if (hasOwn(optionConfig, 'short')) {
      const shortOption = optionConfig.short;
      validateString(shortOption, `options.${longOption}.short`);
      if (shortOption.length !== 1) {
        throw new ERR_INVALID_ARG_VALUE(`options.${longOption}.short`, shortOption,
                                        'must be a single character');
      }
    }

    const multipleOption = getOwn(optionConfig, 'multiple');
    if (hasOwn(optionConfig, 'multiple')) {
      validateBoolean(multipleOption, `options.${longOption}.multiple`);
    }

    const defaultValue = getOwn(optionConfig, 'default');
    if (defaultValue !== undefined) {
      const name = `options.${longOption}.default`;
      if (optionType === 'string') {
        if (multipleOption) validateStringArray(defaultValue, name);
        else validateString(defaultValue, name);
      } else if (optionType === 'boolean') {
        if (multipleOption) validateBooleanArray(defaultValue, name);
        else validateBoolean(defaultValue, name);
      }
    }
  }
}

function parseArgs(config = { __proto__: null }) {
  const args = getOwn(config, 'args') ?? getMainArgs();
  const strict = getOwn(config, 'strict') ?? true;
  const allowPositionals = getOwn(config, 'allowPositionals') ?? !strict;
  const returnTokens = getOwn(config, 'tokens') ?? false;
  const options = getOwn(config, 'options') ?? { __proto__: null };
  const parseConfig = { args, strict, options, allowPositionals };

  validateArray(args, 'args');
  validateBoolean(strict, 'strict');
  validateBoolean(allowPositionals, 'allowPositionals');
  validateBoolean(returnTokens, 'tokens');
  validateObject(options, 'options');
  validateOptions(options);

  const result = {
    values: { __proto__: null },
    positionals: [],
  };

  const tokens = argsToTokens(args, options);

  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token.kind === 'option') {
      if (strict) {
        checkOptionUsage(parseConfig, token);
        checkOptionLikeValue(token);
      }
      storeOption(token.name, token.value, options, result.values);
    } else if (token.kind === 'positional') {
      if (!allowPositionals) throw new ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL(token.value);
      result.positionals.push(token.value);
    }
  }

  const keys = Object.keys(options);
  for (let k = 0; k < keys.length; k++) {
    const longOption = keys[k];
    const defaultValue = optionsGetOwn(options, longOption, 'default');
    if (defaultValue !== undefined && result.values[longOption] === undefined) {
      storeDefaultOption(longOption, defaultValue, result.values);
    }
  }

  if (returnTokens) result.tokens = tokens;
  return result;
}

module.exports = { parseArgs };
