'use strict';

// node:readline/promises: the Interface whose question() answers with a
// promise, and Readline (internal/readline/promises), which batches cursor
// movements for one stream.

const {
  Interface: BaseInterface, kQuestion, kQuestionCallback, kQuestionCancel, kQuestionReject,
} = require('internal/readline/interface');
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
  // prompting. Ctrl+C or Ctrl+D closing the Interface rejects too.
  question(query, options) {
    const signal = options == null ? undefined : options.signal;
    return new Promise((resolve, reject) => {
      let detach = () => {};
      const answered = (answer) => {
        this[kQuestionReject] = undefined;
        detach();
        resolve(answer);
      };
      const failed = (err) => {
        this[kQuestionReject] = undefined;
        detach();
        reject(err);
      };
      if (signal) {
        validateAbortSignal(signal, 'options.signal');
        const abortError = () => new AbortError(undefined, { cause: signal.reason });
        if (signal.aborted) {
          reject(abortError());
          return;
        }
        const onAbort = () => {
          // The listener was added with { once: true }: nothing to detach.
          detach = () => {};
          this[kQuestionCancel]();
          failed(abortError());
        };
        signal.addEventListener('abort', onAbort, { once: true });
        detach = () => signal.removeEventListener('abort', onAbort);
      }
      try {
        this[kQuestion](query, answered);
      } catch (err) {
        failed(err);
        return;
      }
      // Only the question actually waiting can be abandoned by Ctrl+C/D.
      if (this[kQuestionCallback] === answered) {
        this[kQuestionReject] = () => failed(new AbortError());
      }
    });
  }
}

function createInterface(input, output, completer, terminal) {
  return new Interface(input, output, completer, terminal);
}

module.exports = { Interface, Readline, createInterface };
