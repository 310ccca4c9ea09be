'use strict';

// Shared pieces of readline: the ANSI control sequences it writes.

// CSI`${n}G` builds '\x1b[<n>G'.
function CSI(strings, ...args) {
  let out = '\x1b[';
  for (let i = 0; i < args.length; i++) out += strings[i] + args[i];
  return out + strings[strings.length - 1];
}

CSI.kEscape = '\x1b';
CSI.kClearToLineBeginning = '\x1b[1K';
CSI.kClearToLineEnd = '\x1b[0K';
CSI.kClearLine = '\x1b[2K';
CSI.kClearScreenDown = '\x1b[0J';

module.exports = { CSI };
