// Binary in the text of a UTF-8 page at 7 bits a byte (base64 carries 6): the offline
// edition's compressed payloads sit in <script type="application/octet-stream"> elements,
// whose text the HTML parser passes through as it is, except NUL (read as U+FFFD), CR
// (read as LF) and "</script" (ends the element). So the bytes are cut into 7-bit groups
// and each group is one ASCII character, except those three values (0x00, 0x0D, 0x3C '<'),
// which go with the group after them into one two-byte character, U+0100 + k·128 + next
// (k the value's index below; U+0280 + k when it is the last group). The text is 8/7 of
// the bytes; base64's is 4/3. Hand-written: Base-122, the published encoding of this kind,
// is not on the npm registry, and base32768 is made for UTF-16, longer in a UTF-8 page.
// Measured 2026-11-30: the offline file is 886 KB with base64, 763 KB with this.
const AWKWARD = [0x00, 0x0d, 0x3c];

/** @param {Uint8Array} bytes @returns {string} */
export function encode7(bytes) {
  const groups = [];
  let acc = 0;
  let bits = 0;
  for (const b of bytes) {
    acc = ((acc << 8) | b) & 0x7fff;
    bits += 8;
    while (bits >= 7) {
      bits -= 7;
      groups.push((acc >> bits) & 0x7f);
    }
  }
  if (bits > 0) groups.push((acc << (7 - bits)) & 0x7f);
  const codes = [];
  for (let i = 0; i < groups.length; i += 1) {
    const k = AWKWARD.indexOf(groups[i]);
    if (k < 0) codes.push(groups[i]);
    else if (i + 1 < groups.length) codes.push(0x100 + k * 128 + groups[++i]);
    else codes.push(0x280 + k);
  }
  let text = '';
  for (let i = 0; i < codes.length; i += 8192) text += String.fromCharCode(...codes.slice(i, i + 8192));
  return text;
}

/** @param {string} text what encode7 gave @param {number} length the number of bytes @returns {Uint8Array} */
export function decode7(text, length) {
  const out = new Uint8Array(length);
  let acc = 0;
  let bits = 0;
  let n = 0;
  const put = (v) => {
    acc = ((acc << 7) | v) & 0x7fff;
    bits += 7;
    if (bits >= 8) {
      bits -= 8;
      if (n < length) out[n++] = (acc >> bits) & 0xff;
    }
  };
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c < 0x80) put(c);
    else if (c >= 0x280) put(AWKWARD[c - 0x280]);
    else {
      put(AWKWARD[(c - 0x100) >> 7]);
      put(c & 0x7f);
    }
  }
  if (n !== length) throw new Error(`payload: ${n} bytes decoded, ${length} expected`);
  return out;
}
