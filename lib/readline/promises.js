'use strict';

// node:readline/promises: the Interface whose question() answers with a
// promise, and Readline (internal/readline/promises), which batches cursor
// movements for one stream.

const { Interface: BaseInterface, kQuestion, kQuestionCancel } =
  require('internal/readline/interface');
const { Readline } = require('internal/readline/promises');
const { AbortError } = require('internal/errors');
const { validateAbortSignal } = require('internal/validators');

class Interface extends BaseInterface {
  // eslint-disable-next-line no-useless-constructor
  constructor(input, output, completer, terminal) {
    super(input, output, completer, terminal);
  }

  // Resolves with the next line. An abort of options.signal withdraws the
  // question (the prompt line is ended) and rejects with an AbortError whose
  // cause is the signal's reason; an already aborted signal rejects without
  // prompting.
  question(query, options) {
    const signal = options == null ? undefined : options.signal;
    return new Promise((resolve, reject) => {
      if (!signal) {
        this[kQuestion](query, resolve);
        return;
      }
      validateAbortSignal(signal, 'options.signal');
      const abortError = () => new AbortError(undefined, { cause: signal.reason });
      if (signal.aborted) {
        reject(abortError());
        return;
      }
      const withdraw = () => {
        this[kQuestionCancel]();
        reject(abortError());
      };
      signal.addEventListener('abort', withdraw, { once: true });
      this[kQuestion](query, (answer) => {
        signal.removeEventListener('abort', withdraw);
        resolve(answer);
      });
    });
  }
}

function createInterface(input, output, completer, terminal) {
  return new Interface(input, output, completer, terminal);
}

module.exports = { Interface, Readline, createInterface };
