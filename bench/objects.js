'use strict';
// Object-heavy workloads in the spirit of two classic benchmarks, written
// for eddy from their published descriptions (not ported from any
// existing implementation):
//   richards:  a small operating-system simulation: prioritised tasks
//              exchange packets through per-task queues, a scheduler loop
//              picks the highest-priority runnable task and calls its
//              (polymorphic) step method. One run = one simulation.
//   deltablue: an incremental one-way constraint solver (after the
//              DeltaBlue algorithm of Freeman-Benson, Maloney and
//              Borning): variables, stay/edit/equality/scale constraints
//              with strengths, planning, and re-planning as constraints
//              come and go; a chain test and a projection test per run.
// Both check their results (counts, values, a checksum) against the
// expected ones and throw on a mismatch. Reported as runs/s.
const { benchSync } = require('./harness');

// ------------------------------------------------------------- richards

const IDLE = 0, WORKER = 1, HANDLER_A = 2, HANDLER_B = 3,
  DEVICE_A = 4, DEVICE_B = 5;
const WORK = 0, DEVICE = 1; // packet kinds
const DATA_LEN = 4;

class Packet {
  constructor(kind, owner) {
    this.next = null; // link in whichever queue holds the packet
    this.kind = kind;
    this.owner = owner; // task that sent it last
    this.pos = 0; // handlers: next byte of a work packet to pass on
    this.data = new Array(DATA_LEN).fill(0);
  }
}

function append(queue, packet) { // returns the new queue head
  packet.next = null;
  if (queue === null) return packet;
  let p = queue;
  while (p.next !== null) p = p.next;
  p.next = packet;
  return queue;
}

class Task {
  constructor(id, priority, body) {
    this.id = id;
    this.priority = priority;
    this.body = body;
    this.lower = null; // next task in the scheduler's list
    this.inbox = null; // queued packets
    this.waiting = false; // blocked until a packet arrives
    this.held = false; // suspended until released
  }
}

// Task bodies: step(os, packet) runs the task once and returns the task
// the scheduler should look at next (via the os calls below).
class IdleBody {
  constructor(rounds) { this.rounds = rounds; this.seed = 12345; }
  step(os) {
    if (--this.rounds === 0) return os.hold();
    this.seed = (Math.imul(this.seed, 1103515245) + 12345) & 0x7fffffff;
    return os.release(this.seed & 0x10000 ? DEVICE_B : DEVICE_A);
  }
}

class WorkerBody {
  constructor() { this.target = HANDLER_A; this.letter = 0; }
  step(os, packet) {
    if (packet === null) return os.wait();
    this.target = this.target === HANDLER_A ? HANDLER_B : HANDLER_A;
    packet.pos = 0;
    for (let i = 0; i < DATA_LEN; i++) {
      packet.data[i] = 65 + this.letter; // 'A'..'Z'
      this.letter = (this.letter + 1) % 26;
    }
    return os.send(packet, this.target);
  }
}

class HandlerBody {
  constructor(device) { this.device = device; this.jobs = null; this.idle = null; }
  step(os, packet) {
    if (packet !== null) {
      if (packet.kind === WORK) this.jobs = append(this.jobs, packet);
      else this.idle = append(this.idle, packet);
    }
    const job = this.jobs;
    if (job !== null) {
      if (job.pos === DATA_LEN) { // all passed on: give it back
        this.jobs = job.next;
        return os.send(job, WORKER);
      }
      const carrier = this.idle;
      if (carrier !== null) {
        this.idle = carrier.next;
        carrier.data[0] = job.data[job.pos++];
        return os.send(carrier, this.device);
      }
    }
    return os.wait();
  }
}

class DeviceBody {
  constructor() { this.busy = null; this.bytes = 0; }
  step(os, packet) {
    if (packet === null) {
      if (this.busy === null) return os.wait();
      const done = this.busy;
      this.busy = null;
      return os.send(done, done.owner);
    }
    this.busy = packet; // "start the I/O", sleep until the idle task wakes us
    this.bytes += packet.data[0];
    return os.hold();
  }
}

class Scheduler {
  constructor() {
    this.tasks = [];
    this.first = null; // highest priority first
    this.current = null;
    this.holds = 0;
    this.sends = 0;
  }
  add(task, packets) {
    this.tasks[task.id] = task;
    for (const p of packets) task.inbox = append(task.inbox, p);
    task.waiting = task.id !== IDLE; // the others start blocked
    let prev = null, t = this.first;
    while (t !== null && t.priority > task.priority) { prev = t; t = t.lower; }
    task.lower = t;
    if (prev === null) this.first = task; else prev.lower = task;
  }
  wait() { this.current.waiting = true; return this.current; }
  hold() { this.holds++; this.current.held = true; return this.current.lower; }
  release(id) {
    const t = this.tasks[id];
    t.held = false;
    return t.priority > this.current.priority ? t : this.current;
  }
  send(packet, id) {
    const t = this.tasks[id];
    this.sends++;
    packet.owner = this.current.id;
    t.inbox = append(t.inbox, packet);
    return t.priority > this.current.priority && t.waiting && !t.held
      ? t : this.current;
  }
  run() {
    let t = this.first;
    while (t !== null) {
      let packet = null;
      if (t.held || (t.waiting && t.inbox === null)) { t = t.lower; continue; }
      if (t.waiting) {
        packet = t.inbox;
        t.inbox = packet.next;
        packet.next = null;
        t.waiting = false;
      }
      this.current = t;
      t = t.body.step(this, packet);
    }
  }
}

const RICHARDS_ROUNDS = 5000;
// What a run of RICHARDS_ROUNDS idle rounds must count: task holds,
// packets sent, and the sum of the bytes the devices were handed.
const RICHARDS_WANT = { holds: 4644, sends: 11612, bytes: 359750 };

function richards() {
  const os = new Scheduler();
  os.add(new Task(IDLE, 0, new IdleBody(RICHARDS_ROUNDS)), []);
  os.add(new Task(WORKER, 1000, new WorkerBody()),
         [new Packet(WORK, WORKER), new Packet(WORK, WORKER)]);
  for (const [id, dev, prio] of [[HANDLER_A, DEVICE_A, 2000],
                                 [HANDLER_B, DEVICE_B, 3000]]) {
    os.add(new Task(id, prio, new HandlerBody(dev)),
           [new Packet(DEVICE, id), new Packet(DEVICE, id), new Packet(DEVICE, id)]);
  }
  const devA = new DeviceBody(), devB = new DeviceBody();
  os.add(new Task(DEVICE_A, 4000, devA), []);
  os.add(new Task(DEVICE_B, 5000, devB), []);
  os.run();
  return { holds: os.holds, sends: os.sends, bytes: devA.bytes + devB.bytes };
}

// ------------------------------------------------------------ deltablue

// Strength levels: a smaller number is stronger.
const REQUIRED = 0, STRONG_PREFERRED = 1, PREFERRED = 2, STRONG_DEFAULT = 3,
  NORMAL = 4, WEAK_DEFAULT = 5, WEAKEST = 6;

class Variable {
  constructor(value) {
    this.value = value;
    this.uses = []; // constraints that mention this variable
    this.source = null; // the constraint that currently sets it
    this.walk = WEAKEST; // walkabout strength
    this.fixed = true; // computed only from stays: constant during a plan
    this.mark = 0;
  }
}

class Constraint {
  constructor(solver, strength) { this.solver = solver; this.strength = strength; }
  isEdit() { return false; }
  // Settles a direction, takes over the output, returns the constraint it
  // displaced (or null).
  enforce(mark) {
    this.pick(mark);
    if (!this.satisfied()) {
      if (this.strength === REQUIRED) throw new Error('required constraint unsatisfiable');
      return null;
    }
    this.markInputs(mark);
    const out = this.output();
    const displaced = out.source;
    if (displaced !== null) displaced.unset();
    out.source = this;
    if (!this.solver.propagate(this, mark)) throw new Error('cycle in constraints');
    out.mark = mark;
    return displaced;
  }
}

class Unary extends Constraint {
  constructor(solver, v, strength) {
    super(solver, strength);
    this.v = v;
    this.on = false;
    v.uses.push(this);
    solver.add(this);
  }
  detach() { this.v.uses.splice(this.v.uses.indexOf(this), 1); this.on = false; }
  pick(mark) { this.on = this.v.mark !== mark && this.strength < this.v.walk; }
  satisfied() { return this.on; }
  unset() { this.on = false; }
  markInputs() {}
  inputsKnown() { return true; }
  output() { return this.v; }
  recompute() {
    this.v.walk = this.strength;
    this.v.fixed = !this.isEdit();
    if (this.v.fixed) this.apply();
  }
  apply() {} // stays and edits leave the value to whoever set it
}

class Stay extends Unary {}
class Edit extends Unary { isEdit() { return true; } }

const NONE = 0, FORWARD = 1, BACKWARD = 2; // FORWARD: a -> b

class Binary extends Constraint {
  constructor(solver, a, b, strength) {
    super(solver, strength);
    this.a = a;
    this.b = b;
    this.dir = NONE;
  }
  attach() { this.a.uses.push(this); this.b.uses.push(this); }
  detach() {
    for (const v of [this.a, this.b]) v.uses.splice(v.uses.indexOf(this), 1);
    this.dir = NONE;
  }
  pick(mark) {
    const { a, b } = this;
    if (a.mark === mark || b.mark === mark) {
      // One end was already decided in this pass: only the other can be
      // the output.
      const out = a.mark === mark ? b : a;
      this.dir = out.mark !== mark && this.strength < out.walk
        ? (out === b ? FORWARD : BACKWARD) : NONE;
    } else {
      // Overwrite the end that is held more weakly, if we are stronger.
      const out = a.walk > b.walk ? a : b;
      this.dir = this.strength < out.walk ? (out === b ? FORWARD : BACKWARD) : NONE;
    }
  }
  satisfied() { return this.dir !== NONE; }
  unset() { this.dir = NONE; }
  input() { return this.dir === FORWARD ? this.a : this.b; }
  output() { return this.dir === FORWARD ? this.b : this.a; }
  markInputs(mark) { this.input().mark = mark; }
  inputsKnown(mark) {
    const i = this.input();
    return i.mark === mark || i.fixed || i.source === null;
  }
  recompute() {
    const i = this.input(), o = this.output();
    o.walk = Math.max(this.strength, i.walk);
    o.fixed = i.fixed;
    if (o.fixed) this.apply();
  }
}

class Equal extends Binary {
  constructor(solver, a, b, strength) {
    super(solver, a, b, strength);
    this.attach();
    solver.add(this);
  }
  apply() { this.output().value = this.input().value; }
}

// b = a * scale + offset (or a = (b - offset) / scale when run backwards).
class Scale extends Binary {
  constructor(solver, a, scale, offset, b, strength) {
    super(solver, a, b, strength);
    this.scale = scale;
    this.offset = offset;
    this.attach();
    solver.add(this);
  }
  attach() { super.attach(); this.scale.uses.push(this); this.offset.uses.push(this); }
  detach() {
    super.detach();
    for (const v of [this.scale, this.offset]) v.uses.splice(v.uses.indexOf(this), 1);
  }
  markInputs(mark) { super.markInputs(mark); this.scale.mark = this.offset.mark = mark; }
  recompute() {
    const i = this.input(), o = this.output();
    o.walk = Math.max(this.strength, i.walk);
    o.fixed = i.fixed && this.scale.fixed && this.offset.fixed;
    if (o.fixed) this.apply();
  }
  apply() {
    if (this.dir === FORWARD) this.b.value = this.a.value * this.scale.value + this.offset.value;
    else this.a.value = (this.b.value - this.offset.value) / this.scale.value;
  }
}

class Solver {
  constructor() { this.marks = 0; this.steps = 0; }
  add(c) {
    const mark = ++this.marks;
    for (let d = c.enforce(mark); d !== null; d = d.enforce(mark));
  }
  remove(c) {
    const out = c.output();
    c.unset();
    c.detach();
    const broken = this.unplug(out);
    // Re-add what lost its footing, strongest first.
    for (let s = REQUIRED; s < WEAKEST; s++) {
      for (const u of broken) if (u.strength === s) this.add(u);
    }
  }
  // Recomputes everything downstream of c; false if that reaches c's own
  // output again (a cycle), in which case c is taken out again.
  propagate(c, mark) {
    const worklist = [c];
    while (worklist.length > 0) {
      const d = worklist.pop();
      if (d.output().mark === mark) {
        this.remove(c);
        return false;
      }
      d.recompute();
      this.consumers(d.output(), worklist);
    }
    return true;
  }
  // out lost its constraint: recompute what depends on it, and return
  // the constraints found unsatisfied on the way.
  unplug(out) {
    out.source = null;
    out.walk = WEAKEST;
    out.fixed = true;
    const broken = [], worklist = [out];
    while (worklist.length > 0) {
      const v = worklist.pop();
      for (const c of v.uses) if (!c.satisfied()) broken.push(c);
      for (const c of v.uses) {
        if (c !== v.source && c.satisfied()) {
          c.recompute();
          worklist.push(c.output());
        }
      }
    }
    return broken;
  }
  consumers(v, list) {
    for (const c of v.uses) if (c !== v.source && c.satisfied()) list.push(c);
  }
  // The constraints to run, in order, to push values out of the sources.
  plan(sources) {
    const mark = ++this.marks, plan = [], worklist = sources.slice();
    while (worklist.length > 0) {
      const c = worklist.pop();
      const out = c.output();
      if (out.mark !== mark && c.inputsKnown(mark)) {
        plan.push(c);
        out.mark = mark;
        this.consumers(out, worklist);
      }
    }
    return plan;
  }
  planFor(constraints) {
    return this.plan(constraints.filter((c) => c.isEdit() && c.satisfied()));
  }
  run(plan) {
    for (const c of plan) c.apply();
    this.steps += plan.length;
  }
  // Sets v to value through a temporary edit constraint, a few times.
  set(v, value) {
    const edit = new Edit(this, v, PREFERRED);
    const plan = this.planFor([edit]);
    for (let i = 0; i < 10; i++) {
      v.value = value;
      this.run(plan);
    }
    this.remove(edit);
  }
}

function expect(what, got, want) {
  if (got !== want) throw new Error(`deltablue: ${what} = ${got}, want ${want}`);
}

// v0 == v1 == ... == vn (required), a stay on vn, an edit on v0:
// every edit must flow down the whole chain.
function chain(n) {
  const s = new Solver();
  const vars = [];
  for (let i = 0; i <= n; i++) vars.push(new Variable(0));
  for (let i = 0; i < n; i++) new Equal(s, vars[i], vars[i + 1], REQUIRED);
  new Stay(s, vars[n], STRONG_DEFAULT);
  const edit = new Edit(s, vars[0], PREFERRED);
  const plan = s.planFor([edit]);
  let sum = 0;
  for (let i = 0; i < 100; i++) {
    vars[0].value = i;
    s.run(plan);
    expect('chain end', vars[n].value, i);
    sum += vars[n].value;
  }
  return sum + s.steps;
}

// dst[i] = src[i] * scale + offset for n pairs; edits on either side and
// on scale/offset must be projected through.
function projection(n) {
  const s = new Solver();
  const scale = new Variable(10), offset = new Variable(1000);
  const src = [], dst = [];
  for (let i = 0; i < n; i++) {
    src.push(new Variable(i));
    dst.push(new Variable(i));
    new Stay(s, src[i], NORMAL);
    new Scale(s, src[i], scale, offset, dst[i], REQUIRED);
  }
  s.set(src[0], 17);
  expect('dst[0]', dst[0].value, 1170);
  s.set(dst[0], 1050);
  expect('src[0]', src[0].value, 5);
  // Pair 0 now holds src 5 (its stay keeps it); the rest hold src i.
  s.set(scale, 5);
  expect('dst[0]', dst[0].value, 1025);
  for (let i = 1; i < n; i++) expect(`dst[${i}]`, dst[i].value, i * 5 + 1000);
  s.set(offset, 2000);
  let sum = 0;
  for (let i = 0; i < n; i++) {
    expect(`dst[${i}]`, dst[i].value, (i === 0 ? 5 : i) * 5 + 2000);
    sum += dst[i].value;
  }
  return sum + s.steps;
}

function deltablue() {
  return chain(100) + projection(100);
}

// ---------------------------------------------------------------- main

// deltablue(): the chain's values and the projection's outputs, plus the
// number of plan steps run (chain 100 * 101, projection 2060).
const DELTABLUE_WANT = 241885;

benchSync('richards', 1, (n) => {
  for (let i = 0; i < n; i++) {
    const got = richards();
    for (const k of Object.keys(RICHARDS_WANT)) {
      if (got[k] !== RICHARDS_WANT[k]) {
        throw new Error(`richards: ${k} = ${got[k]}, want ${RICHARDS_WANT[k]}`);
      }
    }
  }
}, 'runs/s');

benchSync('deltablue', 1, (n) => {
  for (let i = 0; i < n; i++) {
    const got = deltablue();
    if (got !== DELTABLUE_WANT) throw new Error(`deltablue: checksum ${got}, want ${DELTABLUE_WANT}`);
  }
}, 'runs/s');
