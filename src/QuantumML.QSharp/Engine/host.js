// Host environment for the qsharp-lang wasm module inside a bare V8 engine.
// V8 (unlike a browser or Node.js) has no TextEncoder, TextDecoder, console or crypto; the module
// needs all four. No library provides them for ClearScript, so these small versions are written here.
// The random source is a seeded generator so that a run's measurement outcomes follow from its seed.
(function () {
  "use strict";

  function utf8Encode(text) {
    const out = [];
    for (let i = 0; i < text.length; i++) {
      let c = text.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
        const d = text.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) { c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00); i++; }
      }
      if (c < 0x80) out.push(c);
      else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
      else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
      else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    }
    return new Uint8Array(out);
  }

  class TextEncoder {
    get encoding() { return "utf-8"; }
    encode(text) { return utf8Encode(String(text ?? "")); }
    encodeInto(text, view) {
      const bytes = utf8Encode(String(text));
      // wasm-bindgen reserves room for the worst case before calling, so a partial write never happens.
      const n = Math.min(bytes.length, view.length);
      view.set(bytes.subarray(0, n));
      return { read: text.length, written: n };
    }
  }

  class TextDecoder {
    constructor(label, options) { this.fatal = !!(options && options.fatal); }
    get encoding() { return "utf-8"; }
    decode(bytes) {
      if (bytes === undefined) return "";
      const b = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes.buffer ?? bytes);
      const parts = [];
      const chunk = [];
      for (let i = 0; i < b.length;) {
        const c = b[i];
        let cp;
        if (c < 0x80) { cp = c; i += 1; }
        else if ((c & 0xe0) === 0xc0 && i + 1 < b.length) { cp = ((c & 31) << 6) | (b[i + 1] & 63); i += 2; }
        else if ((c & 0xf0) === 0xe0 && i + 2 < b.length) { cp = ((c & 15) << 12) | ((b[i + 1] & 63) << 6) | (b[i + 2] & 63); i += 3; }
        else if ((c & 0xf8) === 0xf0 && i + 3 < b.length) { cp = ((c & 7) << 18) | ((b[i + 1] & 63) << 12) | ((b[i + 2] & 63) << 6) | (b[i + 3] & 63); i += 4; }
        else if (this.fatal) throw new TypeError("The encoded data was not valid utf-8");
        else { cp = 0xfffd; i += 1; }
        if (cp >= 0x10000) { cp -= 0x10000; chunk.push(0xd800 + (cp >> 10), 0xdc00 + (cp & 1023)); }
        else chunk.push(cp);
        if (chunk.length >= 8192) { parts.push(String.fromCharCode.apply(null, chunk)); chunk.length = 0; }
      }
      if (chunk.length) parts.push(String.fromCharCode.apply(null, chunk));
      return parts.join("");
    }
  }

  // xoshiro128** seeded through splitmix32: small, fast, identical on every machine.
  const rng = { s: new Uint32Array(4) };
  function mix(z) {
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  }
  // Each word is a bijection of one half of the seed, so distinct seeds give distinct states.
  function seed(lo, hi) {
    rng.s[0] = mix((lo + 0x9e3779b9) >>> 0);
    rng.s[1] = mix((lo + 0x3c6ef372) >>> 0);
    rng.s[2] = mix((hi + 0xdaa66d2b) >>> 0);
    rng.s[3] = mix((hi + 0x78dde6e4) >>> 0);
    if ((rng.s[0] | rng.s[1] | rng.s[2] | rng.s[3]) === 0) rng.s[0] = 1;
  }
  function next() {
    const s = rng.s;
    const r = Math.imul(((Math.imul(s[1], 5) << 7) | (Math.imul(s[1], 5) >>> 25)), 9) >>> 0;
    const t = s[1] << 9;
    s[2] ^= s[0]; s[3] ^= s[1]; s[1] ^= s[2]; s[0] ^= s[3]; s[2] ^= t;
    s[3] = (s[3] << 11) | (s[3] >>> 21);
    return r;
  }
  seed(0, 0);

  const crypto = {
    getRandomValues(array) {
      const bytes = new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
      for (let i = 0; i < bytes.length; i += 4) {
        const r = next();
        for (let k = 0; k < 4 && i + k < bytes.length; k++) bytes[i + k] = (r >>> (8 * k)) & 255;
      }
      return array;
    },
  };

  const log = [];
  const console = {
    log: (...a) => log.push(a.join(" ")), info: (...a) => log.push(a.join(" ")),
    warn: (...a) => log.push(a.join(" ")), error: (...a) => log.push(a.join(" ")),
    debug: () => {},
  };

  globalThis.TextEncoder = TextEncoder;
  globalThis.TextDecoder = TextDecoder;
  globalThis.crypto = crypto;
  globalThis.console = console;
  globalThis.setTimeout = globalThis.setTimeout ?? ((f) => { f(); return 0; });

  const SEPARATOR = "\u001e"; // cannot occur unescaped inside JSON text

  // p.packages maps an alias to the sources of a package the root depends on under that alias: the root names its
  // exported items as ALIAS.NAMESPACE.ITEM, while a package sees neither the root nor the other packages.
  function program(json, profile) {
    const p = JSON.parse(json);
    const packages = {};
    const dependencies = {};
    for (const alias of Object.keys(p.packages || {})) {
      packages[alias] = { sources: p.packages[alias], languageFeatures: [], dependencies: {} };
      dependencies[alias] = alias;
    }
    return {
      packageGraphSources: {
        root: { sources: p.sources, languageFeatures: [], dependencies },
        packages,
        hasManifest: p.hasManifest,
      },
      profile: profile ?? "unrestricted",
      projectType: "qsharp",
    };
  }

  // The events of the run in progress, so that a run stopped from outside (its time limit) still hands over its output.
  let partial = [];

  // The size a state dump takes once the host holds its amplitudes densely: 16 bytes for each of 2^n.
  const DUMP_QUBITS = /"qubitCount":\s*(\d+)\s*}\s*$/;
  function dumpQubits(ev) {
    const m = DUMP_QUBITS.exec(ev);
    return m ? Number(m[1]) : -1;
  }

  // Runs the module with an event callback and returns the events kept, separated by SEPARATOR.
  // limits {maxEvents, maxBytes} bound what a run may emit (messages, dumps and shot results, each counted with its JSON
  // text and a dump with its dense amplitudes too): past either, nothing more is kept, an OutputLimit event closes the list
  // and stop() asks the host to interrupt the program (the module swallows an exception thrown from its callback, so a
  // program looping on Message can only be ended from outside). With a sink, messages and dumps go to the sink alone and
  // only shot results are kept here.
  function collect(action, limits, stop, sink) {
    const events = [];
    partial = events;
    let count = 0;
    let bytes = 0;
    let over = false;
    const cb = (ev) => {
      if (over) return;
      const qubits = dumpQubits(ev);
      count++;
      bytes += ev.length + (qubits >= 0 ? 16 * Math.pow(2, qubits) : 0);
      if (limits && (count > limits.maxEvents || bytes > limits.maxBytes)) {
        over = true;
        events.push(JSON.stringify({ type: "OutputLimit", events: count, bytes, maxEvents: limits.maxEvents, maxBytes: limits.maxBytes, dumpQubits: qubits }));
        if (stop) stop();
        return;
      }
      if (sink) {
        sink(ev);
        if (!ev.endsWith('"type":"Result"}')) return;
      }
      events.push(ev);
    };
    try {
      action(cb);
    } catch (e) {
      // The module throws a short "syntax error"/"name error" after emitting the full diagnostics as
      // a Result event; anything else (a trap, out of memory) is only seen here.
      const trap = e instanceof WebAssembly.RuntimeError;
      // A trap with the wasm memory at its 4 GiB ceiling is the simulator running out of memory; the host says so.
      events.push(JSON.stringify({ type: "HostError", message: String(e && e.message ? e.message : e), trap, memory: current.memory.buffer.byteLength }));
      // A Rust panic leaves the instance's state undefined, and so may any exception that unwound through the module (a
      // JavaScript stack overflow inside it, say): never run on it again. A fresh instance costs some 50 ms.
      current.broken = true;
    }
    partial = [];
    return events.join(SEPARATOR);
  }

  // Runs a call that returns JSON text or throws; the error (a JSON diagnostics array from the tracer, plain
  // text from the estimator) is passed on as text, so the host sees one shape: {"ok":…,"value"|"error":…}.
  function outcome(call) {
    try {
      return '{"ok":true,"value":' + call() + "}";
    } catch (e) {
      const trap = e instanceof WebAssembly.RuntimeError;
      if (trap) current.broken = true;
      return JSON.stringify({ ok: false, error: String(e && e.message !== undefined ? e.message : e), trap });
    }
  }

  // One compiled wasm module per engine; instances of it are cheap to create (see QdkModule.ToFactory).
  let compiled = null;
  let current = null;

  function freshInstance() {
    const qsc = globalThis.__qscFactory();
    const exports = qsc.initSync({ module: compiled });
    current = { qsc, memory: exports.memory, used: false };
    return current;
  }

  globalThis.__qml = {
    init(wasmBytes) {
      compiled = new WebAssembly.Module(wasmBytes);
      freshInstance();
    },
    // reproducible: run on an instance whose random generator has not been seeded yet, and seed it now.
    // maxEvents, maxBytes and stop: see collect.
    run(programJson, expr, shots, reproducible, seedLo, seedHi, noise, maxEvents, maxBytes, stop) {
      const prog = program(programJson);
      if ((reproducible && current.used) || current.broken) freshInstance();
      if (!current.used) seed(seedLo >>> 0, seedHi >>> 0);
      current.used = true;
      const qsc = current.qsc;
      return collect((cb) => {
        // noise: [px, py, pz, loss]; the module takes the Pauli part and the loss probability apart.
        if (noise) { const n = JSON.parse(noise); qsc.runWithNoise(prog, expr, cb, shots, n.slice(0, 3), n[3] ?? 0); }
        else qsc.run(prog, expr, cb, shots);
      }, { maxEvents, maxBytes }, stop);
    },
    // What the run that was just interrupted had emitted (events separated by SEPARATOR); an interrupted run may leave
    // the instance in any state, so the next run gets a fresh one.
    takePartial() {
      const text = partial.join(SEPARATOR);
      partial = [];
      if (current) current.broken = true;
      return text;
    },
    // The circuit tracer: traces the program's @EntryPoint. "simulate" draws measurement outcomes from the
    // random source, so that method gets a fresh instance seeded like a reproducible run. Any trace may start the
    // instance's random generator, so the instance counts as used: a later reproducible run gets a fresh one.
    circuit(programJson, method, maxOperations, seedLo, seedHi) {
      const prog = program(programJson);
      const simulate = method === "simulate";
      if ((simulate && current.used) || current.broken) freshInstance();
      if (simulate) seed(seedLo >>> 0, seedHi >>> 0);
      current.used = true;
      const config = { generationMethod: method, maxOperations, sourceLocations: false, groupByScope: false };
      return outcome(() => JSON.stringify(current.qsc.get_circuit(prog, null, config)));
    },
    // The resource estimator; its result is already JSON text.
    estimate(programJson, expr, paramsJson) {
      const prog = program(programJson);
      if (current.broken) freshInstance();
      current.used = true;
      return outcome(() => current.qsc.get_estimates(prog, expr, paramsJson));
    },
    // The Quantum Katas checker (QSharpRuntime.Katas.cs): the package's own check_exercise_solution compiles the
    // solution (named "solution") with the exercise's sources (named "0", "1", …) and runs
    // Kata.Verification.CheckSolution(). It runs on a fresh instance seeded now, so a check's verdict follows from its seed.
    checkExercise(solutionCode, sourcesJson, seedLo, seedHi, maxEvents, maxBytes, stop) {
      if (current.used || current.broken) freshInstance();
      seed(seedLo >>> 0, seedHi >>> 0);
      current.used = true;
      const sources = JSON.parse(sourcesJson);
      return collect((cb) => { current.qsc.check_exercise_solution(solutionCode, sources, cb); }, { maxEvents, maxBytes }, stop);
    },
    // The compiler's QIR for the program's @EntryPoint under the adaptive profile (adaptive_ri): straight-line code
    // becomes a flat list of gate calls with literal angles, which the compiled engine reads (QuantumML.Simulation).
    qir(programJson) {
      const prog = program(programJson, "adaptive_ri");
      if (current.broken) freshInstance();
      current.used = true;
      return outcome(() => JSON.stringify(current.qsc.get_qir(prog)));
    },
    renew() { freshInstance(); },
    ast(programJson) { return current.qsc.get_ast(program(programJson)); },
    memoryBytes() { return current ? current.memory.buffer.byteLength : 0; },
    drainLog() { const s = log.join("\n"); log.length = 0; return s; },
  };

  // ---- Supervised runs and qubit traces (see QSharpRuntime.Supervision.cs), used by the autograder ----
  // A seeded run that also hands every event to the host the moment the program emits it: a host-side watchdog can then
  // give each part of one long program its own time limit, and still holds every earlier event after interrupting it.
  // Only the Result (or the error) is returned: messages and dumps go to the sink, and the host decides what to keep.
  globalThis.__qml.runStreamed = function (programJson, expr, seedLo, seedHi, sink, maxEvents, maxBytes, stop) {
    const prog = program(programJson);
    if (current.used || current.broken) freshInstance();
    seed(seedLo >>> 0, seedHi >>> 0);
    current.used = true;
    const qsc = current.qsc;
    return collect((cb) => qsc.run(prog, expr, cb, 1), { maxEvents, maxBytes }, stop, sink);
  };
  // The circuit tracer on one parameterless operation (no entry point needed), by classical evaluation, grouped by
  // callable scope and with each qubit's allocation sites: how many qubits each callee used, and where it asked for them.
  globalThis.__qml.traceScopes = function (programJson, operation, maxOperations) {
    const prog = program(programJson);
    if (current.broken) freshInstance();
    current.used = true;
    const config = { generationMethod: "classicalEval", maxOperations, sourceLocations: true, groupByScope: true };
    return outcome(() => JSON.stringify(current.qsc.get_circuit(prog, { operation, totalNumQubits: 0 }, config)));
  };
})();
