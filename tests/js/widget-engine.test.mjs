// The widget's one adapter to the engine (js/widget/engine.js): an Engine instance per
// element. With a fake module in Node; the real module is exercised by the browser tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { engineFor } from '../../js/widget/engine.js';

test('with Engine: one instance per element, each with its own data', () => {
  class Engine {
    constructor() { this.data = 'built-in'; }
    evaluate(req) { return { data: this.data, req }; }
    schedule(req) { return { schedule: req }; }
    policies() { return { rule_sets: [this.data] }; }
    configure(o) { this.data = o; }
  }
  const m = { Engine, evaluate: () => assert.fail('module function used'), configure: () => assert.fail('module configure used') };
  const a = engineFor(m);
  const b = engineFor(m);
  assert.equal(a.own, true);
  a.configure('portal A');
  assert.equal(a.evaluate({ x: 1 }).data, 'portal A');
  assert.equal(b.evaluate({ x: 1 }).data, 'built-in', 'the other element keeps its data');
  assert.deepEqual(b.policies(), { rule_sets: ['built-in'] });
  assert.deepEqual(a.schedule({ n: 1 }), { schedule: { n: 1 } });
});
