// Flags: --experimental-vm-modules --no-warnings
'use strict';
// vm.SyntheticModule: linked from the start, its callback runs on
// evaluation, setExport updates importers' live bindings; any export name.
const assert = require('assert');
const util = require('util');
const vm = require('vm');

(async () => {
  let calls = 0;
  const synthetic = new vm.SyntheticModule(['x', 'default', 'with space'], function() {
    calls++;
    synthetic.setExport('x', 1);
    synthetic.setExport('with space', 'yes');
  });
  assert.strictEqual(synthetic.status, 'linked');
  assert.strictEqual(synthetic.identifier, 'vm:module(0)');
  assert.strictEqual(util.inspect(synthetic),
                     "SyntheticModule {\n  status: 'linked',\n  identifier: 'vm:module(0)',\n" +
                     '  context: undefined\n}');
  const importer = new vm.SourceTextModule(`
    import { x, "with space" as spaced } from 'synthetic';
    export const read = () => [x, spaced];
  `);
  await importer.link(() => synthetic);
  await importer.evaluate();
  assert.strictEqual(calls, 1);
  assert.strictEqual(synthetic.status, 'evaluated');
  assert.deepStrictEqual(importer.namespace.read(), [1, 'yes']);
  synthetic.setExport('x', 42);
  assert.deepStrictEqual(importer.namespace.read(), [42, 'yes']);
  assert.deepStrictEqual(Object.keys(synthetic.namespace), ['default', 'with space', 'x']);

  assert.throws(() => synthetic.setExport('nope', 1), {
    name: 'ReferenceError', message: "Export 'nope' is not defined in module",
  });
  assert.throws(() => synthetic.setExport(1), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => new vm.SyntheticModule(['a', 'a'], () => {}), {
    code: 'ERR_INVALID_ARG_VALUE',
    message: "The property 'exportNames.a' is duplicated. Received 'a'",
  });
  assert.throws(() => new vm.Module(), { name: 'TypeError', message: 'Module is not a constructor' });

  const throwing = new vm.SyntheticModule([], () => { throw new Error('cb'); });
  const result = throwing.evaluate();
  assert.strictEqual(throwing.status, 'errored');
  await assert.rejects(result, { message: 'cb' });
  console.log('ok');
})().then(() => {}, (err) => {
  console.error(err);
  process.exit(1);
});
