// A stand-in for the coming index.js that exports `Engine` (one instance, its own data):
// the real module renamed index-real.js, plus an Engine class that keeps its own override
// and applies it before each call. tests/browser/run.mjs puts this next to a copy of pkg/
// (as pkg-engine/) so the element can be tested against both shapes of index.js.
import * as real from './index-real.js';

export * from './index-real.js';
export { default } from './index-real.js';

const log = (globalThis.__engineLog = globalThis.__engineLog || { created: 0, calls: [] });

export class Engine {
  constructor(override) {
    log.created += 1;
    this.id = log.created;
    this.override = override ?? null;
  }
  use() {
    real.configure(this.override);
  }
  evaluate(req) {
    this.use();
    log.calls.push(['evaluate', this.id]);
    return real.evaluate(req);
  }
  schedule(req) {
    this.use();
    return real.schedule(req);
  }
  policies() {
    this.use();
    return real.policies();
  }
  configure(override) {
    real.configure(override); // validated here, as the engine would
    this.override = override ?? null;
  }
}
