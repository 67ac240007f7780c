// policies/reference/next-steps.json: what the widget says to do next. Its shape, and every
// item either citing a seed line that exists or marked as our general guidance.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from './lib/helpers.mjs';

const FILE = path.join(ROOT, 'policies/reference/next-steps.json');
const data = JSON.parse(fs.readFileSync(FILE, 'utf8'));
const PROGRAMMES = ['tech_loan', 'trade_loan', 'startup_guarantee_loan', 'rent_relief', 'financing_coordination'];
const KINDS = ['enterprise', 'individual_business', 'person'];
const seedLines = (file) => fs.readFileSync(path.join(ROOT, 'sources/seeds', file), 'utf8').split('\n').length;

function checkItem(item, where) {
  assert.equal(typeof item.zh, 'string', `${where}: zh`);
  assert.ok(item.zh.length > 1, `${where}: zh text`);
  assert.equal(typeof item.en, 'string', `${where}: en`);
  assert.ok(Boolean(item.source) !== Boolean(item.guidance), `${where}: either a source or guidance: true`);
  if (item.source) {
    const m = /^(\d{3}_[0-9a-f]{16}\.txt):(\d+)(?:-(\d+))?$/.exec(item.source);
    assert.ok(m, `${where}: source "${item.source}" is file:line or file:from-to`);
    const n = seedLines(m[1]);
    assert.ok(Number(m[2]) <= n && Number(m[3] || m[2]) <= n && Number(m[2]) <= Number(m[3] || m[2]), `${where}: ${item.source} is within the seed`);
  } else {
    assert.equal(item.guidance, true, `${where}: guidance is true`);
  }
  if (item.kinds) assert.ok(item.kinds.length && item.kinds.every((k) => KINDS.includes(k)), `${where}: kinds`);
  if (item.regions) assert.ok(item.regions.length && item.regions.every((r) => /^\d{2,6}$/.test(r)), `${where}: regions are code prefixes`);
  // Citizen text: no developer content.
  for (const text of [item.zh, item.en]) assert.doesNotMatch(text, /https?:|\.txt|\.md|门户|applicant\.|loan\./, `${where}: citizen text`);
}

test('next-steps.json is versioned and covers every programme', () => {
  assert.equal(data.version, 1);
  assert.deepEqual(Object.keys(data.programmes).sort(), [...PROGRAMMES].sort());
});

for (const p of PROGRAMMES) {
  test(`next steps of ${p}: where, bring, time`, () => {
    const d = data.programmes[p];
    assert.ok(Array.isArray(d.where) && d.where.length >= 2, 'at least two places');
    for (const [i, x] of d.where.entries()) {
      checkItem(x, `${p}.where[${i}]`);
      assert.ok(['online', 'bank', 'office', 'guarantor', 'landlord'].includes(x.type), `${p}.where[${i}].type`);
    }
    assert.ok(d.where.some((x) => x.source), 'at least one place from a text');
    assert.ok(Array.isArray(d.bring) && d.bring.length >= 2);
    d.bring.forEach((x, i) => checkItem(x, `${p}.bring[${i}]`));
    for (const kind of KINDS) {
      if (p === 'tech_loan' || p === 'trade_loan') continue; // enterprises only
      if (p === 'rent_relief' && kind === 'person') continue;
      assert.ok(d.bring.some((x) => !x.kinds || x.kinds.includes(kind)), `${p}: something to bring for ${kind}`);
    }
    (d.steps || []).forEach((x, i) => checkItem(x, `${p}.steps[${i}]`));
    checkItem(d.time, `${p}.time`);
  });
}

test('the facts that come from the texts say what the texts say', () => {
  const seed = (ref) => {
    const [file, lines] = ref.split(':');
    const [a, b = a] = lines.split('-').map(Number);
    return fs.readFileSync(path.join(ROOT, 'sources/seeds', file), 'utf8').split('\n').slice(a - 1, b).join('');
  };
  const where = (p, type) => data.programmes[p].where.find((x) => x.type === type);
  assert.match(seed(where('tech_loan', 'online').source), /河南省科技金融在线服务平台/);
  assert.match(where('tech_loan', 'online').zh, /河南省科技金融在线服务平台/);
  assert.match(seed(where('trade_loan', 'online').source), /外贸贷.*融资平台/);
  assert.match(seed(where('startup_guarantee_loan', 'office').source), /人社局/);
  assert.match(seed(where('rent_relief', 'landlord').source), /承租国有房屋/);
});
