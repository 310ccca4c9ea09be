'use strict';

// The flags in force: NODE_OPTIONS first, then the command line (which is
// all process.execArgv shows, as in Node).

const { flags } = internalBinding('builtins').options;

function hasFlag(name) {
  return flags.includes(name);
}

// Every value of a flag given as `--name=value` or `--name value` (and the
// short form, if any).
function flagValues(name, short = undefined) {
  const out = [];
  for (let i = 0; i < flags.length; i++) {
    const flag = flags[i];
    if (flag === name || (short !== undefined && flag === short)) {
      if (i + 1 < flags.length) out.push(flags[++i]);
    } else if (flag.startsWith(`${name}=`)) {
      out.push(flag.slice(name.length + 1));
    }
  }
  return out;
}

module.exports = { flags, hasFlag, flagValues };
