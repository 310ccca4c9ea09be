// Flags: --experimental-vm-modules --no-warnings
'use strict';
// vm.SourceTextModule: link() with an async linker, live bindings between
// modules, import.meta, statuses, errors and the evaluation promise.
const assert = require('assert');
const vm = require('vm');

(async () => {
  const dep = new vm.SourceTextModule('export let n = 1; export function bump() { n++; }',
                                      { identifier: 'dep' });
  const root = new vm.SourceTextModule(`
    import { n, bump } from 'dep';
    bump();
    export const seen = n;
    export const meta = import.meta.tag;
    export default n;
  `, {
    identifier: 'root',
    initializeImportMeta(meta, module) {
      assert.strictEqual(module, root);
      meta.tag = 'tagged';
    },
  });
  assert.strictEqual(root.status, 'unlinked');
  assert.deepStrictEqual(root.dependencySpecifiers, ['dep']);
  assert.strictEqual(root.moduleRequests[0].specifier, 'dep');
  assert(Object.isFrozen(root.moduleRequests));
  assert.throws(() => root.namespace, { code: 'ERR_VM_MODULE_STATUS' });

  const linking = root.link(async (specifier, referencing, extra) => {
    assert.strictEqual(specifier, 'dep');
    assert.strictEqual(referencing, root);
    assert.deepStrictEqual(extra.attributes, { __proto__: null });
    return dep;
  });
  assert.strictEqual(root.status, 'linking');
  await linking;
  assert.strictEqual(root.status, 'linked');
  assert.strictEqual(dep.status, 'linked');
  await assert.rejects(root.link(() => dep), { code: 'ERR_VM_MODULE_ALREADY_LINKED' });

  const done = root.evaluate();
  assert.strictEqual(root.status, 'evaluated');
  assert.strictEqual(dep.status, 'evaluated');
  assert.strictEqual(await done, undefined);
  assert.strictEqual(root.evaluate(), done);
  assert.strictEqual(root.namespace.seen, 2);
  assert.strictEqual(root.namespace.default, 2);
  assert.strictEqual(root.namespace.meta, 'tagged');
  dep.namespace.bump();
  assert.strictEqual(dep.namespace.n, 3);

  // An evaluation error rejects synchronously and is kept.
  const failing = new vm.SourceTextModule('throw new RangeError("boom")');
  await failing.link(() => {});
  const failed = failing.evaluate();
  assert.strictEqual(failing.status, 'errored');
  await assert.rejects(failed, { name: 'RangeError', message: 'boom' });
  assert.strictEqual(failing.error.message, 'boom');

  // A linker returning something else.
  const bad = new vm.SourceTextModule('import "x";');
  await assert.rejects(bad.link(() => ({})), { code: 'ERR_VM_MODULE_NOT_MODULE' });
  assert.strictEqual(bad.status, 'errored');

  // Top-level await: the promise settles later.
  const waiting = new vm.SourceTextModule('export const v = await Promise.resolve(7);');
  waiting.linkRequests([]);
  waiting.instantiate();
  const later = waiting.evaluate();
  assert.strictEqual(await later, undefined);
  assert.strictEqual(waiting.namespace.v, 7);

  // import() through importModuleDynamically.
  const dynamic = new vm.SourceTextModule('export default await import("dep");', {
    importModuleDynamically(specifier, referencing) {
      assert.strictEqual(specifier, 'dep');
      assert.strictEqual(referencing, dynamic);
      return dep;
    },
  });
  await dynamic.link(() => {});
  await dynamic.evaluate();
  assert.strictEqual(dynamic.namespace.default, dep.namespace);

  // Modules of a context see its globals.
  const context = vm.createContext({ secret: 42 });
  const inContext = new vm.SourceTextModule('export default secret;', { context });
  assert.strictEqual(inContext.context, context);
  await inContext.link(() => {});
  await inContext.evaluate();
  assert.strictEqual(inContext.namespace.default, 42);
  const outside = new vm.SourceTextModule('import "x";');
  await assert.rejects(outside.link(() => inContext), { code: 'ERR_VM_MODULE_DIFFERENT_CONTEXT' });
  console.log('ok');
})().then(() => {}, (err) => {
  console.error(err);
  process.exit(1);
});
