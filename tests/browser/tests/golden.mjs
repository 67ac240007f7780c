// 9. Golden parity in Chromium: the package (pkg/) evaluates every golden request to
//    exactly the string the native CLI prints for that line, both through evaluateJson
//    and through the object API (JSON.stringify(evaluate(object))).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export default [{
  name: 'golden parity: pkg evaluateJson and evaluate in Chromium = native CLI',
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
    const run = (api) => page.evaluate(([reqs, useObjects]) => reqs.map((r) => {
      try {
        return useObjects ? JSON.stringify(window.huiqiPkg.evaluate(JSON.parse(r))) : window.huiqiPkg.evaluateJson(r);
      } catch (e) {
        return `THREW ${e && e.code} ${e && (e.message_en || e.message)}`;
      }
    }), [lines, api === 'evaluate']);
    const outputs = [...(await run('evaluateJson')), ...(await run('evaluate'))];
    native.push(...native);

    const diffs = [];
    for (let i = 0; i < outputs.length; i++) {
      if (outputs[i] !== native[i]) {
        let at = 0;
        while (at < outputs[i].length && outputs[i][at] === native[i][at]) at++;
        const api = i < lines.length ? 'evaluateJson' : 'evaluate';
        diffs.push(`${api} line ${(i % lines.length) + 1}: differs at char ${at}\n      wasm:   …${outputs[i].slice(Math.max(0, at - 60), at + 80)}\n      native: …${native[i].slice(Math.max(0, at - 60), at + 80)}`);
      }
    }
    assert.equal(diffs.length, 0, `${diffs.length} of ${outputs.length} outputs differ:\n    ${diffs.slice(0, 5).join('\n    ')}`);
    const version = await page.evaluate(() => window.huiqiPkg.version());
    t.note(`${lines.length} golden requests × 2 doors (evaluateJson, evaluate), identical output (${version})`);
  },
}];
