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
  return flagEntries([name], short).map((entry) => entry[1]);
}

// [name, value] for every use of the value-taking flags `names` (`--x v`
// or `--x=v`; `short` is another spelling of the first), in command-line
// order.
function flagEntries(names, short = undefined) {
  const out = [];
  for (let i = 0; i < flags.length; i++) {
    const flag = flags[i];
    const eq = flag.indexOf('=');
    const name = eq === -1 ? flag : flag.slice(0, eq);
    const canonical = short !== undefined && name === short ? names[0] : name;
    if (!names.includes(canonical)) continue;
    if (eq !== -1) out.push([canonical, flag.slice(eq + 1)]);
    else if (i + 1 < flags.length) out.push([canonical, flags[++i]]);
  }
  return out;
}

module.exports = { flags, hasFlag, flagValues, flagEntries };
