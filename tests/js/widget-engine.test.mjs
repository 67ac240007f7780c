// The widget's one adapter to the engine (js/widget/engine.js): an Engine instance per
// element. With a fake module in Node; the real module is exercised by the browser tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { engineFor } from '../../js/widget/engine.js';

test('with Engine: one instance per element, each with its own data', async () => {
  class Engine {
    constructor() { this.data = 'built-in'; this.english = true; }
    evaluate(req) { return { data: this.data, req }; }
    schedule(req) { return { schedule: req }; }
    policies() { return { rule_sets: [this.data] }; }
    configure(o) { this.data = o; }
  }
  const m = { Engine, evaluate: () => assert.fail('module function used'), configure: () => assert.fail('module configure used') };
  const a = engineFor(m);
  const b = engineFor(m);
  assert.equal(a.own, true);
  await a.configure('portal A');
  assert.equal(a.evaluate({ x: 1 }).data, 'portal A');
  assert.equal(b.evaluate({ x: 1 }).data, 'built-in', 'the other element keeps its data');
  assert.deepEqual(b.policies(), { rule_sets: ['built-in'] });
  assert.deepEqual(a.schedule({ n: 1 }), { schedule: { n: 1 } });
});

test('English and overrides: the engine is remade with the English texts, keeping its data', async () => {
  let englishLoaded = false;
  let made = 0;
  class Engine {
    constructor(o) {
      if (o === 'bad') throw new Error('bad override');
      made++;
      this.english = englishLoaded;
      this.data = o ?? 'built-in';
    }
    evaluate() { return `${this.data}${this.english ? ' (en)' : ''}`; }
    configure(o) {
      if (o === 'bad') throw new Error('bad override');
      this.data = o ?? 'built-in';
    }
    free() {}
  }
  const m = { Engine, loadEnglish: async () => { englishLoaded = true; } };
  const a = engineFor(m);
  assert.equal(a.evaluate(), 'built-in', 'Chinese only to begin with');
  const [first, second] = await Promise.all([a.english(), a.english()]);
  assert.ok(first && second, 'remade for English (both callers wait for it)');
  assert.equal(a.evaluate(), 'built-in (en)');
  assert.equal(await a.english(), false);
  assert.equal(made, 2, 'remade once');

  englishLoaded = false;
  const b = engineFor(m);
  await b.configure('portal');
  assert.equal(b.evaluate(), 'portal (en)', 'an override brings English with it');
  await assert.rejects(b.configure('bad'));
  assert.equal(b.evaluate(), 'portal (en)', 'a bad override leaves the engine as it was');
  await b.configure(null);
  assert.equal(b.evaluate(), 'built-in (en)');

  englishLoaded = false;
  const c = engineFor(m);
  await assert.rejects(c.configure('bad'));
  assert.equal(c.evaluate(), 'built-in', 'a bad override leaves it as it was');
});
