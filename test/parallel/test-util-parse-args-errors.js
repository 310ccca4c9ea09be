'use strict';
// util.parseArgs errors: codes and exact messages.
const assert = require('assert');
const { parseArgs } = require('util');

function check(config, code, message, name = 'TypeError') {
  assert.throws(() => parseArgs(config), { name, code, message });
}

check({ args: ['--foo'], options: { foo: { type: 'string' } } },
      'ERR_PARSE_ARGS_INVALID_OPTION_VALUE', "Option '--foo <value>' argument missing");
check({ args: ['-f'], options: { foo: { type: 'string', short: 'f' } } },
      'ERR_PARSE_ARGS_INVALID_OPTION_VALUE', "Option '-f, --foo <value>' argument missing");
check({ args: ['--foo=1'], options: { foo: { type: 'boolean', short: 'f' } } },
      'ERR_PARSE_ARGS_INVALID_OPTION_VALUE', "Option '-f, --foo' does not take an argument");
check({ args: ['--foo', '--bar'], options: { foo: { type: 'string' } } },
      'ERR_PARSE_ARGS_INVALID_OPTION_VALUE',
      "Option '--foo' argument is ambiguous.\nDid you forget to specify the option argument for '--foo'?\n" +
      "To specify an option argument starting with a dash use '--foo=-XYZ'.");
check({ args: ['-f', '-x'], options: { foo: { type: 'string', short: 'f' } } },
      'ERR_PARSE_ARGS_INVALID_OPTION_VALUE',
      "Option '-f' argument is ambiguous.\nDid you forget to specify the option argument for '-f'?\n" +
      "To specify an option argument starting with a dash use '--foo=-XYZ' or '-f-XYZ'.");
check({ args: ['-x'] }, 'ERR_PARSE_ARGS_UNKNOWN_OPTION', "Unknown option '-x'");
check({ args: ['--xx=1'], allowPositionals: true }, 'ERR_PARSE_ARGS_UNKNOWN_OPTION',
      "Unknown option '--xx'. To specify a positional argument starting with a '-', " +
      "place it at the end of the command after '--', as in '-- \"--xx\"");
check({ args: ['a'] }, 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL',
      "Unexpected argument 'a'. This command does not take positional arguments");

// Configuration validation.
check({ args: 'a' }, 'ERR_INVALID_ARG_TYPE',
      'The "args" argument must be an instance of Array. Received type string (\'a\')');
check({ args: [], strict: 1 }, 'ERR_INVALID_ARG_TYPE',
      'The "strict" argument must be of type boolean. Received type number (1)');
check({ options: { foo: { type: 'bool' } } }, 'ERR_INVALID_ARG_TYPE',
      'The "options.foo.type" property must be (\'string|boolean\'). Received type string (\'bool\')');
check({ options: { foo: { type: 'string', short: 'ab' } } }, 'ERR_INVALID_ARG_VALUE',
      "The property 'options.foo.short' must be a single character. Received 'ab'");
check({ options: { foo: { type: 'string', multiple: true, default: ['x', 1] } } }, 'ERR_INVALID_ARG_TYPE',
      'The "options.foo.default[1]" property must be of type string. Received type number (1)');
check({ options: { foo: { type: 'boolean', default: 'x' } } }, 'ERR_INVALID_ARG_TYPE',
      'The "options.foo.default" property must be of type boolean. Received type string (\'x\')');
check({ options: [] }, 'ERR_INVALID_ARG_TYPE',
      'The "options" argument must be of type object. Received an instance of Array');
