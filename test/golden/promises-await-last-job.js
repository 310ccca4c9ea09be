'use strict';
// Ordering around the last promise job of a checkpoint: eddy lets the
// engine continue an `await` of a settled value at once there, which must
// never change what node prints.
const log = (s) => console.log(s);

async function awaitsOnce(name) {
  await null;
  log(`${name} resumed`);
}

// An async function called from the last job suspends: its caller goes on.
Promise.resolve().then(() => {
  awaitsOnce('called from job');
  log('job goes on');
});

// An await loop in the last job, with a nextTick and a new job queued on
// the way: the tick waits for the microtasks, the job keeps FIFO order.
setTimeout(() => {
  (async () => {
    for (let i = 0; i < 4; i++) {
      await i;
      log(`loop ${i}`);
      if (i === 1) {
        process.nextTick(() => log('tick'));
        Promise.resolve().then(() => log('queued job'));
      }
    }
  })();
  log('timer body done');
}, 1);

// Awaiting a pending promise, a thenable and a rejected promise.
setTimeout(async () => {
  const thenable = { then(resolve) { log('then called'); resolve('thenable'); } };
  Promise.resolve().then(() => log('job before'));
  log(await thenable);
  try {
    await Promise.reject(new Error('no'));
  } catch (err) {
    log(`caught ${err.message}`);
  }
  const pending = new Promise((resolve) => setImmediate(() => resolve('later')));
  log(await pending);
  queueMicrotask(() => log('microtask'));
  await undefined;
  log('end');
}, 5);
