// Shared helpers of the browser tests: instrumentation, reading the result cards, and
// keyboard-only form filling (Tab / Shift+Tab to move, then type, Space, arrow keys).
import assert from 'node:assert/strict';

// ---- Instrumentation (every context) ----
/** Records the widget's events and CSP violations in `window.__huiqi`, from before any script runs. */
export async function instrument(context) {
  await context.addInitScript(() => {
    const log = { results: [], errors: [], csp: [] };
    Object.defineProperty(window, '__huiqi', { value: log, configurable: true });
    const clone = (x) => JSON.parse(JSON.stringify(x));
    window.addEventListener('huiqi-result', (e) => log.results.push(clone(e.detail)), true);
    window.addEventListener('huiqi-error', (e) => log.errors.push(clone(e.detail)), true);
    document.addEventListener('securitypolicyviolation', (e) => {
      log.csp.push({ directive: e.violatedDirective, blocked: e.blockedURI, source: e.sourceFile, line: e.lineNumber, sample: e.sample });
    }, true);
  });
}

// ---- Loading ----
export async function gotoDemo(page, base, hash = '') {
  await page.goto(`${base}/${hash}`);
  await waitForWidget(page);
}

export async function waitForWidget(page) {
  await page.waitForFunction(() => {
    const w = document.querySelector('huiqi-widget');
    return Boolean(w && w.shadowRoot && w.shadowRoot.querySelector('form'));
  });
}

/** Resolves when the widget shows English: its English strings have arrived and the
 *  form has been drawn again with them (typing before then may land in the old form). */
export async function waitForEnglish(page) {
  await page.waitForFunction(() => document.querySelector('huiqi-widget')?.lang === 'en');
}

/** Resolves when the widget's engine (the wasm) is loaded and initialised. */
export async function waitForEngine(page) {
  await page.evaluate(async () => {
    const W = await customElements.whenDefined('huiqi-widget');
    await W.engine();
  });
}

/** Waits for the n-th huiqi-result event (1-based) and for the cards' entrance animation. */
export async function waitForResult(page, n = 1) {
  await page.waitForFunction((k) => window.__huiqi.results.length >= k || window.__huiqi.errors.length > 0, n);
  const log = await page.evaluate(() => window.__huiqi);
  if (log.errors.length) throw new Error(`the widget reported an error: ${JSON.stringify(log.errors)}`);
  await settle(page);
  return log.results[n - 1];
}

/** Waits until the widget's animations (the cards fade in) have finished. */
export async function settle(page) {
  await page.evaluate(async () => {
    const root = document.querySelector('huiqi-widget').shadowRoot;
    await Promise.all(root.getAnimations().map((a) => a.finished.catch(() => {})));
  });
}

export async function clickPreset(page, id) {
  const before = await page.evaluate(() => window.__huiqi.results.length);
  await page.locator(`button[data-preset="${id}"]`).first().click();
  return waitForResult(page, before + 1);
}

// ---- Reading the results ----
/** The top-level cards: programme, status, rule set and each key figure's dd text. */
export async function readCards(page) {
  return page.evaluate(() => {
    const root = document.querySelector('huiqi-widget').shadowRoot;
    return [...root.querySelectorAll('article.card[data-programme]')].map((card) => {
      const figures = {};
      for (const f of card.querySelectorAll('[data-figure]')) {
        if (f.closest('[data-programme]') !== card) continue; // not the other rule sets nested inside
        figures[f.dataset.figure] = (f.querySelector('dd')?.textContent ?? '').trim();
      }
      return { programme: card.dataset.programme, status: card.dataset.status, ruleSet: card.dataset.ruleSet, figures };
    });
  });
}

/** Asserts the cards hold exactly the expected programmes, statuses and figure texts. */
export function assertCards(cards, expected, { lang = 'zh', where = '' } = {}) {
  const at = where ? ` (${where})` : '';
  assert.deepEqual(cards.map((c) => c.programme), Object.keys(expected), `programmes shown${at}`);
  for (const [programme, want] of Object.entries(expected)) {
    const card = cards.find((c) => c.programme === programme);
    assert.equal(card.status, want.status, `${programme} status${at}`);
    const figures = lang === 'en' ? want.en : want.zh;
    for (const [name, text] of Object.entries(figures)) {
      assert.equal(card.figures[name], text, `${programme} figure ${name}${at}; all figures: ${JSON.stringify(card.figures)}`);
    }
  }
}

/** A figure's value as an exact decimal string, whatever the unit it is shown in. */
export function figureValue(text) {
  const m = /^([\d,]+(?:\.\d+)?)\s*(万元|×10,000 yuan|元|yuan|%|个月|months)$/.exec(text.trim());
  assert.ok(m, `unexpected figure text ${JSON.stringify(text)}`);
  const digits = m[1].replace(/,/g, '');
  const shift = { '万元': 4, '×10,000 yuan': 4, '%': -2 }[m[2]] || 0;
  return shiftDecimal(digits, shift);
}

function shiftDecimal(s, places) {
  let [int, frac = ''] = s.split('.');
  if (places > 0) {
    frac = frac.padEnd(places, '0');
    int += frac.slice(0, places);
    frac = frac.slice(places);
  } else if (places < 0) {
    int = int.padStart(-places + 1, '0');
    frac = int.slice(int.length + places) + frac;
    int = int.slice(0, int.length + places);
  }
  int = int.replace(/^0+(?=\d)/, '');
  frac = frac.replace(/0+$/, '');
  return frac ? `${int}.${frac}` : int;
}

// ---- Keyboard ----
/** What has focus, described for error messages; and whether it is inside the widget. */
function focusProbe(selector) {
  const w = document.querySelector('huiqi-widget');
  const root = w.shadowRoot;
  const d = (el) => {
    if (!el) return '(nothing)';
    let s = el.tagName.toLowerCase();
    if (el.id) s += `#${el.id}`;
    if (el.name) s += `[name=${el.name}]`;
    if (el.type === 'radio' || el.type === 'checkbox') s += `[value=${el.value}]`;
    if (!el.id && !el.name && el.textContent) s += ` "${el.textContent.trim().slice(0, 16)}"`;
    return s;
  };
  const active = document.activeElement === w ? root.activeElement : null;
  const desc = active ? d(active) : `page ${d(document.activeElement)}`;
  if (!selector) return { desc };
  const target = root.querySelector(selector);
  if (!target) return { missing: true, desc };
  if (active && active.matches(selector)) return { here: true, desc };
  const forward = !active || Boolean(active.compareDocumentPosition(target) & Node.DOCUMENT_POSITION_FOLLOWING);
  return { forward, desc };
}

/**
 * Presses Tab (or Shift+Tab when the field is behind) until the element focused inside the
 * widget's shadow root matches `selector`: proves the focus order reaches it.
 * Returns the number of key presses.
 */
export async function tabTo(page, selector, { max = 150 } = {}) {
  const trail = [];
  for (let i = 0; i <= max; i++) {
    const s = await page.evaluate(focusProbe, selector);
    if (s.missing) throw new Error(`no element ${selector} in the widget`);
    if (s.here) return i;
    trail.push(s.desc);
    await page.keyboard.press(s.forward ? 'Tab' : 'Shift+Tab');
  }
  throw new Error(`keyboard focus never reached ${selector} after ${max} presses; last stops: ${trail.slice(-25).join(' → ')}`);
}

export async function typeText(page, id, value) {
  const presses = await tabTo(page, `#${id}`);
  await page.keyboard.press('Control+A');
  await page.keyboard.type(value);
  const got = await page.evaluate((i) => document.querySelector('huiqi-widget').shadowRoot.getElementById(i).value, id);
  assert.equal(got, value, `typed into #${id}`);
  return presses;
}

/** A <select> by arrow keys, one option at a time (the widget may rebuild the field). */
export async function chooseOption(page, id, value) {
  const presses = await tabTo(page, `#${id}`);
  for (let i = 0; i < 80; i++) {
    const s = await page.evaluate(([i2, v]) => {
      const root = document.querySelector('huiqi-widget').shadowRoot;
      const el = root.getElementById(i2);
      return {
        focused: root.activeElement === el && document.activeElement === document.querySelector('huiqi-widget'),
        cur: el.selectedIndex,
        want: [...el.options].findIndex((o) => o.value === v),
        options: [...el.options].map((o) => o.value).join(' '),
      };
    }, [id, value]);
    if (s.want < 0) throw new Error(`#${id} has no option ${value} (options: ${s.options})`);
    if (!s.focused) throw new Error(`focus left #${id} while choosing with the arrow keys (now on ${(await page.evaluate(focusProbe)).desc})`);
    if (s.cur === s.want) return presses;
    await page.keyboard.press(s.want > s.cur ? 'ArrowDown' : 'ArrowUp');
  }
  throw new Error(`could not choose ${value} in #${id} with the arrow keys`);
}

/** A radio group: Tab lands on the checked radio; arrow keys move; Space checks. */
export async function chooseRadio(page, name, value) {
  const presses = await tabTo(page, `input[type=radio][name="${name}"]`);
  for (let i = 0; i < 12; i++) {
    const s = await page.evaluate(() => {
      const a = document.querySelector('huiqi-widget').shadowRoot.activeElement;
      return { value: a?.value, checked: a?.checked, type: a?.type, name: a?.name };
    });
    if (s.type !== 'radio' || s.name !== name) throw new Error(`focus left the radio group ${name}`);
    if (s.value === value) {
      if (!s.checked) await page.keyboard.press('Space');
      break;
    }
    await page.keyboard.press('ArrowRight');
  }
  const checked = await page.evaluate((n) => document.querySelector('huiqi-widget').shadowRoot.querySelector(`input[type=radio][name="${n}"]:checked`)?.value, name);
  assert.equal(checked, value, `radio group ${name}`);
  return presses;
}

export async function setCheckbox(page, name, value, on = true) {
  const sel = `input[type=checkbox][name="${name}"][value="${value}"]`;
  const presses = await tabTo(page, sel);
  const checked = () => page.evaluate((s) => document.querySelector('huiqi-widget').shadowRoot.querySelector(s).checked, sel);
  if ((await checked()) !== on) await page.keyboard.press('Space');
  assert.equal(await checked(), on, `checkbox ${name}=${value}`);
  return presses;
}

/**
 * An <input type=date> by typing digits. Chromium shows the segments in the browser's UI
 * locale (month/day/year under en-US), so try the usual orders; each attempt re-enters the
 * field from before it, which puts the caret in the first segment.
 */
export async function typeDate(page, id, iso) {
  const [y, m, d] = iso.split('-');
  const orders = [[m, d, y], [y, m, d], [d, m, y]];
  const value = () => page.evaluate((i) => document.querySelector('huiqi-widget').shadowRoot.getElementById(i).value, id);
  let presses = 0;
  for (const order of orders) {
    presses += await tabTo(page, `#${id}`);
    // Step out backwards, then Tab in again: the first segment has the caret.
    for (let i = 0; i < 6 && (await page.evaluate(focusProbe, `#${id}`)).here; i++, presses++) await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    presses += 1;
    for (const [k, part] of order.entries()) {
      await page.keyboard.type(part);
      if (part.length === 4 && k < 2) await page.keyboard.press('ArrowRight'); // a year does not auto-advance
    }
    if ((await value()) === iso) return presses;
  }
  throw new Error(`could not type ${iso} into #${id} (it shows ${await value()})`);
}

/** A <details> (by id) opened from the keyboard: Tab to its summary, Enter. */
export async function openDetails(page, id) {
  const presses = await tabTo(page, `#${id} > summary`);
  const open = () => page.evaluate((i) => document.querySelector('huiqi-widget').shadowRoot.getElementById(i).open, id);
  if (!(await open())) await page.keyboard.press('Enter');
  assert.equal(await open(), true, `#${id} opened`);
  return presses;
}

/** Runs a keyboard plan: [kind, name, value] steps in the form's order. Returns the Tab presses. */
export async function fillByKeyboard(page, steps) {
  let presses = 0;
  for (const [kind, name, value] of steps) {
    if (kind === 'check') presses += await setCheckbox(page, name, value, true);
    else if (kind === 'radio') presses += await chooseRadio(page, name, value);
    else if (kind === 'select') presses += await chooseOption(page, name, value);
    else if (kind === 'text') presses += await typeText(page, name, value);
    else if (kind === 'date') presses += await typeDate(page, name, value);
    else if (kind === 'open') presses += await openDetails(page, name);
    else throw new Error(`unknown step ${kind}`);
  }
  return presses;
}

/** Tab to the submit button and press Enter; returns the result event's detail. */
export async function submitByKeyboard(page) {
  const before = await page.evaluate(() => window.__huiqi.results.length);
  const presses = await tabTo(page, 'button[type=submit]');
  await page.keyboard.press('Enter');
  const detail = await waitForResult(page, before + 1);
  return Object.defineProperty(detail, 'tabs', { value: presses, enumerable: false });
}

/** Is the element (in the widget) rendered and visible? */
export async function visibleInWidget(page, selector) {
  return page.evaluate((s) => {
    const el = document.querySelector('huiqi-widget').shadowRoot.querySelector(s);
    if (!el) return null;
    const r = el.getBoundingClientRect();
    return el.checkVisibility({ visibilityProperty: true, opacityProperty: true }) && r.width > 0 && r.height > 0;
  }, selector);
}
