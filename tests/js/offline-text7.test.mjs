// The offline edition's payload text (offline/text7.js): any bytes survive the round trip,
// and the text never holds what the HTML parser would change inside a <script> element.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { encode7, decode7 } from '../../offline/text7.js';

test('any bytes come back as they were, at 8/7 of their length', () => {
  for (const n of [0, 1, 2, 6, 7, 8, 9, 15, 16, 127, 1000, 65537]) {
    for (let t = 0; t < 10; t += 1) {
      const bytes = new Uint8Array(randomBytes(n));
      const text = encode7(bytes);
      assert.deepEqual(decode7(text, n), bytes);
      assert.ok(Buffer.byteLength(text) <= Math.ceil((n * 8) / 7) + 1);
    }
  }
});

test('runs of the awkward values (NUL, CR, <), also at the very end', () => {
  for (const fill of [0x00, 0x0d, 0x3c, 0x78, 0xff]) {
    for (const n of [1, 7, 8, 100]) {
      const bytes = new Uint8Array(n).fill(fill);
      assert.deepEqual(decode7(encode7(bytes), n), bytes);
    }
  }
  // An awkward value as the last 7-bit group, with no group after it: 16 bits are three
  // groups, 1111111 1111110 and 00 (padded: 0x00).
  const end = Uint8Array.of(0xff, 0xfc);
  assert.equal(encode7(end).charCodeAt(2), 0x280);
  assert.deepEqual(decode7(encode7(end), 2), end);
});

test('the text has no NUL, no CR, no "<" and nothing that is not one character of UTF-8 in two bytes or fewer', () => {
  const text = encode7(new Uint8Array(randomBytes(200000)));
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    assert.ok(c !== 0x00 && c !== 0x0d && c !== 0x3c, `char ${c}`);
    assert.ok(c < 0x80 || (c >= 0x100 && c < 0x283), `char ${c}`);
  }
});

test('a wrong length is an error, not a silently short payload', () => {
  const text = encode7(new Uint8Array(randomBytes(100)));
  assert.throws(() => decode7(text, 120), /100 bytes decoded, 120 expected/);
});
