// The bundled element (pkg/huiqi-widget.js) uses nothing newer than Chromium 86 without a
// fallback (360, QQ and Sogou kernels, older Android WebViews), and its syntax parses on
// Chromium 64+ so that an older browser gets the element's plain message, not a blank.
// A static check of the built file: run after ./scripts/build.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { PKG } from './lib/helpers.mjs';

const file = path.join(PKG, 'huiqi-widget.js');

test('the element\'s bundle avoids APIs newer than Chromium 86', { skip: !fs.existsSync(file) && 'build pkg/ first' }, () => {
  const code = fs.readFileSync(file, 'utf8');
  const newer = {
    'Array/String .at() (Chromium 92)': /\.at\(-?\d/,
    'structuredClone (98)': /\bstructuredClone\(/,
    'Object.hasOwn (93)': /Object\.hasOwn\(/,
    'findLast (97)': /\.findLast(Index)?\(/,
    'toSorted/toReversed (110)': /\.to(Sorted|Reversed|Spliced)\(/,
    'replaceAll (85, fine) is allowed; Array.prototype.group (none)': /\.group(ToMap)?\(\s*\(/,
    'logical assignment (85) must be lowered': /\?\?=|\|\|=|&&=/,
    'CSS :has() outside the guarded print sheet': /(?<!selector\():has\((?!\[)/,
    'CSS aspect-ratio (88)': /aspect-ratio:/,
    'CSS inset shorthand (87)': /[;{\s]inset:/,
  };
  const found = Object.entries(newer).filter(([, re]) => re.test(code)).map(([name]) => name);
  assert.deepEqual(found, [], 'newer APIs in pkg/huiqi-widget.js');
  // Syntax Chromium 64 cannot parse: optional chaining and nullish coalescing (80), class
  // fields (72), optional catch binding (66) must all be lowered by the bundler.
  assert.doesNotMatch(code, /\?\.[\w[(]/, 'optional chaining is lowered');
  assert.doesNotMatch(code, /[^?]\?\?[^?=]/, 'nullish coalescing is lowered');
  assert.doesNotMatch(code, /catch\s*\{/, 'optional catch binding is lowered');
});
