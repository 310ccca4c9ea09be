'use strict';

// The engine's three module hooks (HostLoadImportedModule while a graph
// links, HostImportModuleDynamically, HostGetImportMetaProperties), routed
// to the object attached to the importing module or script: the
// "referrer". A referrer is any object with these methods:
//   resolveRequest(specifier, type) -> module record (graph already loaded)
//   importDynamic(specifier, type)  -> promise of a namespace
//   initializeMeta(meta)
// vm.Module instances and the ES module loader's modules are referrers;
// code with none (e.g. a vm.Script given no importModuleDynamically) gets
// node's ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING.

const binding = internalBinding('module_wrap');
const {
  codes: { ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING },
} = require('internal/errors');

let installed = false;

// Returns the binding, its callbacks registered.
function install() {
  if (installed) return binding;
  installed = true;
  binding.setCallbacks({
    resolve(referrer, specifier, type) {
      return referrer.resolveRequest(specifier, type);
    },
    importDynamic(referrer, specifier, type) {
      if (referrer == null || typeof referrer.importDynamic !== 'function') {
        throw new ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING();
      }
      return referrer.importDynamic(specifier, type);
    },
    importMeta(referrer, meta) {
      if (referrer != null && typeof referrer.initializeMeta === 'function') {
        referrer.initializeMeta(meta);
      }
    },
  });
  return binding;
}

// import attributes as the engine reports them (it knows only `type`).
function attributesOf(type) {
  const attributes = { __proto__: null };
  if (type === 'json') attributes.type = 'json';
  return attributes;
}

// The source of a module that JS fills in: each export name is bound to a
// hidden `var` ($0, $1, ...: setBinding(record, syntheticSlot(i), value)
// assigns it), and the body's read of `import.meta` runs the referrer's
// initializeMeta, which is then the module's evaluation.
function syntheticSource(exportNames) {
  let source = 'import.meta;\n';
  if (exportNames.length > 0) {
    const slots = exportNames.map((name, i) => syntheticSlot(i));
    const exported = slots.map((slot, i) => `${slot} as ${JSON.stringify(exportNames[i])}`);
    source = `var ${slots.join(', ')};\nexport { ${exported.join(', ')} };\n${source}`;
  }
  return source;
}

function syntheticSlot(index) {
  return `$${index}`;
}

module.exports = { install, attributesOf, syntheticSource, syntheticSlot };
