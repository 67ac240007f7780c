// 9. Golden parity in Chromium: the package (pkg/) evaluates every golden request with
//    evaluateJson to exactly the string the native CLI prints for that line.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export default [{
  name: 'golden parity: pkg evaluateJson in Chromium = native CLI',
  async run(t) {
    const gen = spawnSync('python3', [path.join(t.root, 'scripts/golden-requests.py')], { encoding: 'utf8', maxBuffer: 1 << 28 });
    assert.equal(gen.status, 0, `golden-requests.py failed: ${gen.stderr}`);
    const lines = gen.stdout.split('\n').filter((l) => l.trim());
    assert.ok(lines.length > 0, 'there are golden requests');

    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'huiqi-golden-')), 'requests.ndjson');
    fs.writeFileSync(file, `${lines.join('\n')}\n`);
    const cli = spawnSync(t.nativeCli(), ['evaluate', '--batch', file], { encoding: 'utf8', maxBuffer: 1 << 28 });
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
    assert.equal(cli.status, 0, `huiqi evaluate --batch failed: ${cli.stderr}`);
    const native = cli.stdout.split('\n').filter((l) => l.length);
    assert.equal(native.length, lines.length, 'one CLI output line per request');

    const page = await t.newPage();
    await page.goto(`${t.urls.pkg}/golden.html`);
    await page.waitForFunction(() => window.huiqiReady === true || window.huiqiLoadError);
    const loadError = await page.evaluate(() => window.huiqiLoadError);
    assert.equal(loadError, undefined, 'the package loads');
    const outputs = await page.evaluate((reqs) => reqs.map((r) => {
      try {
        return window.huiqiPkg.evaluateJson(r);
      } catch (e) {
        return `THREW ${e && e.code} ${e && (e.message_en || e.message)}`;
      }
    }), lines);

    const diffs = [];
    for (let i = 0; i < lines.length; i++) {
      if (outputs[i] !== native[i]) {
        let at = 0;
        while (at < outputs[i].length && outputs[i][at] === native[i][at]) at++;
        diffs.push(`line ${i + 1}: differs at char ${at}\n      wasm:   …${outputs[i].slice(Math.max(0, at - 60), at + 80)}\n      native: …${native[i].slice(Math.max(0, at - 60), at + 80)}`);
      }
    }
    assert.equal(diffs.length, 0, `${diffs.length} of ${lines.length} outputs differ:\n    ${diffs.slice(0, 5).join('\n    ')}`);
    const version = await page.evaluate(() => window.huiqiPkg.version());
    t.note(`${lines.length} golden requests, identical output (${version})`);
  },
}];
