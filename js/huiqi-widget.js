// <huiqi-widget>: the huiqi engine as a short guided form and result cards that answer
// first, in its own Shadow DOM so portal CSS cannot break it (and it cannot break the portal).
//
//   <script type="module" src="/static/huiqi/huiqi-widget.js"></script>
//   <huiqi-widget lang="zh-CN" region="410724"><a href="/old-form">政策测算</a></huiqi-widget>
//
// The children are the portal's fallback: shown until the element is defined, and beside
// the plain "please use a newer browser" message where the browser cannot run it.
// Attributes: lang (zh-CN | en), region, programmes, as-of, outreach, contacts (JSON),
// elder (长辈模式 on), register-url and register-channel (the 推荐清单 self-check: the page its
// QR link opens, and the portal's own way to register). Events: huiqi-result {request, response}, huiqi-error {code, field, …}.
// Nothing typed here leaves the page: no requests, no storage.
//
// The parts: js/widget/form-model.js (answers ↔ request, parsing, share links; pure),
// engine.js (the one adapter to the JS API), citizen.js (texts for citizens, the answer
// sentence), chart.js, print.js, dom.js; strings and styles in huiqi-widget-assets.js.
import { STRINGS, KEY_FIGURES, CSS } from './huiqi-widget-assets.js';
import { REGIONS, INDUSTRIES, RULES, NEXT_STEPS } from './huiqi-widget-data.js';
import { ZONES } from './widget/zones.js';
import * as model from './widget/form-model.js';
import { createEngine, loadModule, setEngineSource } from './widget/engine.js';
import { citizenText, plainWords, answerSentence, formatFigure, unitOf, group, missingLabels, applyChange } from './widget/citizen.js';
import { chart } from './widget/chart.js';
import { printIsolated, copyText } from './widget/print.js';
import { h, svg, replace, lazySheet } from './widget/dom.js';

// The 推荐清单 self-check's questions, printout and QR code: loaded when it is chosen.
const loadCoord = () => import('./widget/coord.js');
const IDLE_MS = 3 * 60 * 1000;
const IDLE_WARN_MS = 30 * 1000;
const HASH_KEY = 'huiqi=';

// ---- Can this browser run it? Checked before anything is drawn. ----
export function supported() {
  try {
    return typeof WebAssembly === 'object' && WebAssembly !== null && typeof WebAssembly.instantiate === 'function'
      && WebAssembly.validate(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0]))
      && typeof Element.prototype.attachShadow === 'function'
      && typeof Element.prototype.replaceChildren === 'function'
      && 'adoptedStyleSheets' in Document.prototype
      && typeof CSSStyleSheet === 'function' && typeof CSSStyleSheet.prototype.replaceSync === 'function'
      && typeof TextEncoder === 'function' && typeof Promise === 'function';
  } catch {
    return false;
  }
}

const styleSheet = lazySheet(CSS);

function todayLocal() {
  const d = new Date();
  const p = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}
const fill = (template, values) => String(template).replace(/\{(\w+)\}/g, (_, k) => (values[k] == null ? '' : values[k]));
/** Text with its dates, numbers and amounts (with their units) kept on one line each. */
const NUMS = /\d{4}-\d{2}-\d{2}|\d[\d,]*(?:\.\d+)?(?:\s?(?:%|万元|亿元|元|个月|年|yuan|months))?/g;
function nums(text) {
  const out = [];
  let at = 0;
  for (const m of String(text).matchAll(NUMS)) {
    if (m.index > at) out.push(text.slice(at, m.index));
    out.push(h('span', { class: 'num' }, m[0]));
    at = m.index + m[0].length;
  }
  if (at < text.length) out.push(text.slice(at));
  return out;
}

// ---- Regions ----
// (`en` names are filled in with the English module.)
const CITIES = REGIONS.henan.map(([code, zh, counties]) => ({ code, zh, counties: counties.map(([c, z]) => ({ code: c, zh: z })) }));
const PROVINCES = REGIONS.provinces.filter(([code]) => code !== '410000').map(([code, zh]) => ({ code, zh }));
const industryUses = (key, what) => Boolean(INDUSTRIES.find((i) => i.key === key)?.uses.includes(what));

// ---- English ----
// The English view (its texts, and the English names of regions, industries and next
// steps) is a module of its own (huiqi-widget-en.js, about 9 KB gzipped), loaded when an
// element asks for lang="en": most visitors read Chinese, and their form shows sooner
// without it. If it cannot load, the element shows Chinese.
let english = 'absent'; // absent | loading | ready | failed
let englishLoad = null;
const englishPending = () => english === 'absent' || english === 'loading';
function loadEnglish() {
  if (!englishLoad) {
    english = 'loading';
    englishLoad = import('./widget/en.js').then(addEnglish, () => {
      english = 'failed';
    });
  }
  return englishLoad;
}
function addEnglish(m) {
  Object.assign(STRINGS.en, m.STRINGS_EN);
  const name = (o) => m.REGION_NAMES_EN[o.code] || o.zh;
  for (const c of CITIES) {
    c.en = name(c);
    for (const k of c.counties) k.en = name(k);
  }
  for (const p of PROVINCES) p.en = name(p);
  for (const i of INDUSTRIES) i.en = m.INDUSTRY_NAMES_EN[i.key] || i.zh;
  fillIn(NEXT_STEPS, m.NEXT_STEPS_EN);
  english = 'ready';
}
/** Copies `from`'s leaves into `into`, which has the same shape (arrays by index). */
function fillIn(into, from) {
  for (const [k, v] of Object.entries(from)) {
    if (v && typeof v === 'object' && into[k] && typeof into[k] === 'object') fillIn(into[k], v);
    else if (v !== null) into[k] = v;
  }
}

/** `f` when the page is next idle (soon after, at the latest); browsers without
 *  requestIdleCallback (Safari) run it after the current task. */
const whenIdle = (f) => (globalThis.requestIdleCallback ? requestIdleCallback(f, { timeout: 1000 }) : setTimeout(f, 0));

class HuiqiWidget extends HTMLElement {
  static get observedAttributes() {
    return ['lang', 'region', 'programmes', 'as-of', 'outreach', 'contacts', 'elder', 'screening'];
  }

  /** Load the engine from elsewhere (e.g. embedded bytes in the offline edition). */
  static setEngineSource(source) {
    setEngineSource(source);
  }

  /** The engine module (after init): the JS API. Each element has its own engine
   *  (`element.configure(override)` changes that one). */
  static engine() {
    return loadModule();
  }

  /** Whether this browser can run the widget. */
  static get supported() {
    return supported();
  }

  constructor() {
    super();
    this.state = model.emptyState();
    this.errors = {};
    this.response = null;
    this.request = null;
    this._presets = [];
    this._zones = ZONES.slice();
    this._contacts = null;
    this._policies = null;
    this._rules = RULES;
    this._typicalRate = null;
    this._idle = null;
    this._idleTick = null;
    this._rendered = false;
    this._engine = null;
    this._elder = false;
  }

  /** Whether the page asked for English (`lang` attribute); `lang` is what is shown. */
  get wantsEnglish() {
    return (this.getAttribute('lang') || 'zh-CN').toLowerCase().startsWith('en');
  }
  get lang() {
    return this.wantsEnglish && english === 'ready' ? 'en' : 'zh';
  }
  get t() {
    return STRINGS[this.lang];
  }
  get outreach() {
    return this.hasAttribute('outreach');
  }
  get fixedProgrammes() {
    const attr = this.getAttribute('programmes');
    if (!attr) return null;
    const list = attr.split(/[\s,]+/).filter((p) => model.PROGRAMMES.includes(p));
    return list.length ? list : null;
  }

  /** Example visitors: [{ id, title_zh, title_en, story_zh, story_en, from_article, assumed, request }]
   *  (`request`: an engine request; the first version's `answers` still work). */
  set presets(list) {
    this._presets = Array.isArray(list) ? list : [];
    if (this._rendered) this.render();
  }
  get presets() {
    return this._presets;
  }

  /** The portal's own offices: { tech_loan: [{ name, address, phone, url, note }], "*": [...] }. */
  set contacts(value) {
    this._contacts = value && typeof value === 'object' ? value : null;
    if (this.response) this.renderResults();
  }
  get contacts() {
    if (this._contacts) return this._contacts;
    const attr = this.getAttribute('contacts');
    if (!attr) return null;
    try {
      return JSON.parse(attr);
    } catch {
      return null;
    }
  }

  /** Development zones a portal lists: [{ city, id, zh, en, county }] (郑州's are built in). */
  set zones(list) {
    if (Array.isArray(list)) this._zones = ZONES.concat(list.filter((z) => z && z.city && z.id && z.county));
    if (this._rendered) this.render();
  }
  get zones() {
    return this._zones;
  }

  /** This element's engine ({ evaluate, schedule, policies, configure }), with the
   *  policy texts in English when the element shows English. */
  engine() {
    if (!this._engine) this._engine = createEngine();
    if (!this.wantsEnglish) return this._engine;
    return this._engine.then(async (e) => {
      if (await e.english() && this._policies) this.refreshPolicies(e); // English notes too
      return e;
    });
  }

  /** A portal's policy data for this element's engine (validated whole by the engine). */
  async configure(override) {
    const e = await this.engine();
    await e.configure(override);
    this._override = override; // the screening tab screens with the same policy data
    this.refreshPolicies(e);
    if (this.response) this.evaluateNow({ focus: false });
  }

  connectedCallback() {
    if (!supported()) {
      this.renderUnsupported();
      return;
    }
    if (this.wantsEnglish && englishPending()) {
      this.engine().catch(() => {}); // the engine loads meanwhile
      loadEnglish().then(() => this.isConnected && this.connectedCallback());
      return;
    }
    // The engine's download (the wasm, 200 KB) starts first, before the styles are parsed
    // and the form is built: on a slow line it is what the visitor waits for last.
    const engine = this.engine();
    if (!this.shadowRoot) this.attachShadow({ mode: 'open' });
    this.shadowRoot.adoptedStyleSheets = [styleSheet()];
    this._elder = this.hasAttribute('elder');
    this.applyDefaults();
    if (!this.restoreFromHash()) this.render();
    engine.then(
      (e) => {
        this.setStatus('');
        // The built-in policies match the summaries built into this module; the engine's
        // own (notes, the reference rates) are read when the page is next idle, not in the
        // task that readies the engine (13 ms at 4× CPU); an answer reads them if still
        // missing, and a portal's override reads them when it is applied.
        whenIdle(() => this._policies || this.refreshPolicies(e));
      },
      () => this.renderUnsupported(true),
    );
    if (this.outreach) this.armIdle();
  }

  disconnectedCallback() {
    this.stopIdle();
  }

  attributeChangedCallback(name, oldValue, newValue) {
    if (!this._rendered || oldValue === newValue) return;
    if (name === 'lang' && this.wantsEnglish && englishPending()) {
      loadEnglish().then(() => this.attributeChangedCallback(name, null, this.getAttribute('lang')));
      return;
    }
    if (name === 'region' && newValue && /^\d{6}$/.test(newValue)) Object.assign(this.state, model.regionState(newValue, CITIES));
    if (name === 'region' || name === 'programmes' || name === 'as-of') this.applyDefaults();
    if (name === 'outreach' && this.outreach) this.armIdle();
    if (name === 'elder') this._elder = newValue !== null;
    this.render();
    // Results are asked for in the page's language only: a new language means evaluating again.
    if (this.response && name === 'lang') this.evaluateNow({ focus: false });
    else if (this.response) this.renderResults();
  }

  /** The plain message for a browser that cannot run the widget, with the portal's
   *  fallback content (the element's children) beside it. */
  renderUnsupported(loadFailed = false) {
    const t = STRINGS[this.wantsEnglish ? 'en' : 'zh'];
    const box = document.createElement('div');
    box.setAttribute('role', 'alert');
    box.setAttribute('part', 'unsupported');
    box.className = 'unsupported';
    // CSSOM styles, not a style attribute: allowed under a strict CSP.
    Object.assign(box.style, { padding: '1em', border: '2px solid #a4161a', borderRadius: '0.5em', color: '#1f2328', background: '#fff', fontSize: 'max(1rem, 16px)', lineHeight: '1.6' });
    box.appendChild(document.createTextNode(loadFailed ? t.loadFailed : t.unsupported));
    if (typeof this.attachShadow === 'function') {
      const root = this.shadowRoot || this.attachShadow({ mode: 'open' });
      while (root.firstChild) root.removeChild(root.firstChild);
      root.appendChild(box);
      const slot = document.createElement('slot');
      const wrap = document.createElement('div');
      wrap.style.marginTop = '0.5em';
      wrap.appendChild(slot);
      root.appendChild(wrap);
    } else if (!this.querySelector('.huiqi-unsupported')) {
      box.className = 'huiqi-unsupported';
      this.insertBefore(box, this.firstChild);
    }
    this._rendered = false;
    this.dispatchEvent(new CustomEvent('huiqi-unsupported', { bubbles: true, composed: true }));
  }

  refreshPolicies(e) {
    try {
      const p = e.policies();
      this._policies = p;
      const rules = model.ruleSummaries(p);
      if (rules.length) this._rules = rules;
      this._typicalRate = p?.reference?.lpr?.last_1y || null;
      if (this._rendered) {
        // A portal's override may change which programmes are in force: the picker follows.
        if (!this.shadowRoot.getElementById('fs-programmes')?.contains(this.shadowRoot.activeElement)) this.refreshProgrammes();
        this.updateVisibility();
      }
    } catch {
      /* the build-time summaries stay */
    }
  }

  ctx() {
    return {
      rules: this._rules,
      asOf: todayLocal(),
      zones: this._zones,
      industryUses,
      typicalRate: this._typicalRate,
      fixedProgrammes: this.fixedProgrammes,
    };
  }

  applyDefaults() {
    const st = this.state;
    const fixed = this.fixedProgrammes;
    if (fixed) st.programmes = fixed;
    const region = this.getAttribute('region');
    if (region && /^\d{6}$/.test(region) && !st.city) Object.assign(st, model.regionState(region, CITIES));
    const asOf = this.getAttribute('as-of');
    st.as_of = asOf && model.validDate(asOf) ? asOf : st.as_of || todayLocal();
  }

  // ---- The form ----
  render() {
    const t = this.t;
    const root = h('div', { class: this._elder ? 'root elder' : 'root', part: 'root', lang: this.lang === 'en' ? 'en' : 'zh-CN' });
    root.append(h('div', { class: 'head' },
      h('h2', { id: 'huiqi-title' }, t.title),
      h('button', { type: 'button', id: 'elder', part: 'button elder', 'aria-pressed': String(this._elder), on: { click: () => this.toggleElder() } }, t.elder)));
    root.append(h('p', { class: 'intro' }, t.intro));
    if (this._presets.length) root.append(this.renderPresets());
    const form = h('form', { part: 'form', novalidate: true, 'aria-labelledby': 'huiqi-title', on: { submit: (e) => this.onSubmit(e), input: (e) => this.onInput(e), change: (e) => this.onInput(e) } });
    form.append(h('div', { id: 'error-summary', role: 'alert', class: 'banner', hidden: true, tabindex: '-1' }));
    if (this.outreach) form.append(this.dateFieldset());
    if (!this.fixedProgrammes) form.append(this.programmesFieldset());
    form.append(this.whoFieldset(), this.regionFieldset(), this.businessFieldset(), this.techFieldset(), this.tradeFieldset(), this.startupFieldset(), this.coordFieldset(), this.loanFieldset(), this.premisesFieldset());
    if (!this.outreach) form.append(this.dateFieldset());
    form.append(h('div', { class: 'actions', part: 'actions' },
      h('button', { type: 'submit', class: 'primary', part: 'button submit' }, t.submit),
      h('button', { type: 'button', part: 'button', on: { click: () => this.clear(false) } }, this.outreach ? t.next : t.reset),
      h('span', { class: 'status-line', role: 'status', id: 'status' })));
    root.append(form);
    root.append(h('div', { class: 'results', part: 'results', id: 'results', role: 'region', 'aria-live': 'polite', 'aria-label': t.resultsHeading, tabindex: '-1' }));
    root.append(h('div', { class: 'idle', id: 'idle', role: 'alert', part: 'idle', hidden: true }));
    if (this.hasAttribute('screening')) this.wrapTabs(root);
    replace(this.shadowRoot, root);
    this._rendered = true;
    this.updateVisibility();
    for (const id of ['amount', 'rate', 'term', 'revenue', 'collateral', 'rent', 'total_assets']) this.updateEcho(id);
    if (this.response) this.renderResults();
  }

  toggleElder() {
    this._elder = !this._elder;
    const root = this.shadowRoot.querySelector('.root');
    root?.classList.toggle('elder', this._elder);
    this.shadowRoot.getElementById('elder')?.setAttribute('aria-pressed', String(this._elder));
  }

  renderPresets() {
    const t = this.t;
    const list = h('div', { class: 'presets', role: 'group', 'aria-labelledby': 'presets-title', part: 'presets' },
      h('h3', { id: 'presets-title' }, t.presetsLegend), h('p', { class: 'help' }, t.presetsHelp));
    for (const p of this._presets) {
      const en = this.lang === 'en';
      const title = en ? p.title_en || p.title_zh : p.title_zh;
      const story = en ? p.story_en || p.story_zh : p.story_zh;
      const facts = (items, tag) => (items?.length ? h('p', { class: 'preset-story' }, h('span', { class: 'tag' }, tag), ' ', items.join(t.listSep)) : null);
      list.append(h('div', { class: 'preset' },
        h('button', { type: 'button', part: 'button preset', dataset: { preset: p.id }, on: { click: () => this.applyPreset(p) } }, title),
        story ? h('p', { class: 'preset-story muted' }, story) : null,
        facts(p.from_article, t.fromArticle),
        facts(p.assumed, t.presetAssumed)));
    }
    return list;
  }

  // ---- 名单筛查 (the `screening` attribute): a second tab, its code loaded when opened ----
  wrapTabs(root) {
    const tab = this._tab || 'form';
    const formTab = h('div', { id: 'tab-form', role: 'tabpanel', 'aria-labelledby': 'tab-btn-form', hidden: tab !== 'form' });
    formTab.append(...root.childNodes);
    if (!this._screenPanel) this._screenPanel = h('div', { id: 'tab-screen', role: 'tabpanel', 'aria-labelledby': 'tab-btn-screen' });
    this._screenPanel.hidden = tab !== 'screen';
    const button = (id, label) => h('button', { type: 'button', role: 'tab', id: `tab-btn-${id}`, part: 'button tab', 'aria-selected': String(tab === id), 'aria-controls': `tab-${id}`, on: { click: () => this.showTab(id) } }, label);
    root.append(h('div', { class: 'tabs no-print', role: 'tablist', part: 'tabs' }, button('form', '政策测算（一家企业）'), button('screen', '名单筛查（整份名单）')), formTab, this._screenPanel);
  }

  /** Show a tab (`form` or `screen`); the screening code loads the first time. */
  async showTab(id) {
    this._tab = id;
    const root = this.shadowRoot;
    for (const t of ['form', 'screen']) {
      const panel = root.getElementById(`tab-${t}`);
      if (panel) panel.hidden = t !== id;
      root.getElementById(`tab-btn-${t}`)?.setAttribute('aria-selected', String(t === id));
    }
    if (id === 'screen' && !this._screening) {
      this._screenPanel.textContent = '正在打开名单筛查……';
      this._screening = import('./huiqi-screen.js').then((m) => m.mountScreening(this._screenPanel, {
        openRow: (request) => this.openScreenedRow(request),
        asOf: () => this.state.as_of || this.getAttribute('as-of') || todayLocal(),
        override: () => (this._override == null ? undefined : typeof this._override === 'string' ? this._override : JSON.stringify(this._override)),
      }));
      this._screening.catch(() => {
        this._screening = null;
        this._screenPanel.textContent = this.t.loadFailed;
      });
    }
    return this._screening;
  }

  /** A screened row's full explained answer, as for one firm typed in. */
  openScreenedRow(request) {
    this._tab = 'form';
    const done = this.applyPreset({ request });
    this.showTab('form');
    return done;
  }

  /** Fill the form from a preset ({ request } or the first version's { answers }) and evaluate. */
  applyPreset(p) {
    this.state = model.presetState(p, { regions: CITIES });
    const fixed = this.fixedProgrammes;
    if (fixed) this.state.programmes = fixed;
    if (!this.state.as_of) this.state.as_of = this.getAttribute('as-of') || todayLocal();
    this.errors = {};
    this.response = null;
    this.render();
    return this.evaluateNow();
  }

  field(id, label, control, opts = {}) {
    const t = this.t;
    return h('div', { class: 'field', dataset: { field: id } },
      h('label', { for: id }, label, opts.unit ? h('span', { class: 'unit' }, t.paren(opts.unit)) : null, opts.optional ? h('span', { class: 'opt' }, ` ${t.optional}`) : null),
      control,
      opts.help ? h('p', { class: 'help', id: `${id}-help` }, opts.help) : null,
      opts.echo ? h('p', { class: 'echo', id: `${id}-echo` }) : null,
      opts.extra || null,
      h('p', { class: 'error', id: `${id}-error` }, this.errorText(id)));
  }

  errorText(id) {
    const e = this.errors[id];
    if (!e) return '';
    if (typeof e === 'string') return e;
    const t = this.t;
    return fill(t.invalid[e.key] || e.key, { ...e.params, example: e.params?.example || t.examples[EXAMPLE_OF[id]] || '' });
  }

  input(id, opts = {}) {
    const described = [opts.help ? `${id}-help` : '', opts.echo ? `${id}-echo` : '', `${id}-error`].filter(Boolean).join(' ');
    return h('input', {
      id, name: id, type: 'text', inputmode: opts.inputmode || 'text', autocomplete: 'off',
      placeholder: opts.placeholder, value: this.state[id] ?? '',
      'aria-invalid': this.errors[id] ? 'true' : null,
      'aria-describedby': described,
    });
  }

  select(id, options, opts = {}) {
    const el = h('select', { id, name: id, 'aria-invalid': this.errors[id] ? 'true' : null, 'aria-describedby': `${id}-error` },
      opts.placeholder !== false ? h('option', { value: '' }, opts.placeholder || this.t.choose) : null,
      options.map((o) => (o.group ? h('optgroup', { label: o.group }, o.options.map(([value, label]) => h('option', { value }, label))) : h('option', { value: o[0] }, o[1]))));
    el.value = this.state[id] ?? '';
    return el;
  }

  choice(input, ...label) {
    return h('label', { class: input.checked ? 'choice checked' : 'choice' }, input, ...label);
  }

  /** Yes / no / not sure, as radios (not sure leaves the field out: the engine asks). */
  tri(id, label, opts = {}) {
    const t = this.t;
    const v = this.state[id];
    return h('fieldset', { class: 'field tri', dataset: { field: id } },
      h('legend', {}, label),
      h('div', { class: 'choices' },
        [['true', t.yes], ['false', t.no], ['', t.unsure]].map(([value, text]) =>
          this.choice(h('input', { type: 'radio', name: `tri-${id}`, value, checked: (v ?? '') === value, dataset: { tri: id } }), text))),
      opts.help ? h('p', { class: 'help' }, opts.help) : null);
  }

  checks(id, items, noneKey, noneLabel) {
    const chosen = this.state[id];
    return h('div', { class: 'choices' },
      items.map(([value, label]) => this.choice(h('input', { type: 'checkbox', name: id, value, checked: chosen.includes(value), dataset: { multi: id } }), label)),
      noneKey ? this.choice(h('input', { type: 'checkbox', name: noneKey, checked: this.state[noneKey], dataset: { none: id } }), noneLabel) : null);
  }

  programmesFieldset() {
    const t = this.t;
    const current = model.currentProgrammes(this._rules, this.state.as_of || todayLocal());
    const box = (p) => this.choice(h('input', { type: 'checkbox', name: 'programmes', value: p, checked: this.state.programmes.includes(p), dataset: { multi: 'programmes' } }),
      h('span', {}, t.programme[p], h('small', {}, t.programmeHint[p])));
    const past = model.PROGRAMMES.filter((p) => !current.includes(p));
    const open = past.some((p) => this.state.programmes.includes(p));
    return h('fieldset', { id: 'fs-programmes', 'aria-describedby': 'programmes-help programmes-error' },
      h('legend', {}, t.programmesLegend),
      h('p', { class: 'help', id: 'programmes-help' }, t.programmesHelp),
      h('div', { class: 'choices' }, current.map(box)),
      past.length ? h('details', { class: 'past', id: 'past-programmes', open }, h('summary', {}, t.pastProgrammes), h('p', { class: 'help' }, t.pastHelp), h('div', { class: 'choices' }, past.map(box))) : null,
      h('p', { class: 'error', id: 'programmes-error' }, this.errorText('programmes')));
  }

  whoFieldset() {
    const t = this.t;
    return h('fieldset', { id: 'fs-who', 'aria-describedby': 'kind-help' }, h('legend', {}, t.whoLegend),
      h('div', { class: 'choices' }, Object.entries(t.kind).map(([k, label]) =>
        this.choice(h('input', { type: 'radio', name: 'kind', value: k, checked: this.state.kind === k }), label))),
      h('p', { class: 'help', id: 'kind-help' }, t.kindHelp));
  }

  regionFieldset() {
    const t = this.t;
    const en = this.lang === 'en';
    const name = (o) => (en ? o.en : o.zh);
    const st = this.state;
    const cityOptions = [...CITIES.map((c) => [c.code, name(c)]), ['outside', t.otherProvince]];
    const city = CITIES.find((c) => c.code === st.city);
    let countyOptions = [];
    if (city) {
      const zones = this._zones.filter((z) => z.city === city.code);
      countyOptions = [[city.code, t.wholeCity]];
      if (zones.length) {
        countyOptions.push({ group: t.zonesGroup, options: zones.map((z) => [`zone:${z.id}`, en ? z.en || z.zh : z.zh]) });
        countyOptions.push({ group: t.countiesGroup, options: city.counties.map((k) => [k.code, name(k)]) });
      } else {
        countyOptions.push(...city.counties.map((k) => [k.code, name(k)]));
      }
    }
    const countySelect = this.select('county', countyOptions, { placeholder: false });
    countySelect.value = st.county || (city ? city.code : '');
    return h('fieldset', { id: 'fs-region' }, h('legend', {}, t.regionLegend),
      h('div', { class: 'fields' },
        this.field('city', t.city, this.select('city', cityOptions)),
        this.field('county', t.county, countySelect, { extra: h('p', { class: 'help', id: 'zone-note' }, this.zoneNote()) }),
        this.field('province', t.province, this.select('province', PROVINCES.map((p) => [p.code, name(p)])))));
  }

  zoneNote() {
    const st = this.state;
    if (!st.county?.startsWith('zone:')) return '';
    const z = this._zones.find((x) => `zone:${x.id}` === st.county);
    const city = CITIES.find((c) => c.code === st.city);
    const county = city?.counties.find((k) => k.code === z?.county);
    if (!z || !county) return '';
    const en = this.lang === 'en';
    return fill(this.t.zoneNote, { zone: en ? z.en || z.zh : z.zh, county: en ? county.en : county.zh });
  }

  businessFieldset() {
    const t = this.t;
    const ind = INDUSTRIES.map((i) => [i.key, this.lang === 'en' ? i.en : i.zh]);
    const P = t.placeholders;
    return h('fieldset', { id: 'fs-business' }, h('legend', {}, t.businessLegend),
      h('div', { class: 'fields' },
        this.field('industry', t.industry, this.select('industry', ind)),
        this.field('employees', t.employees, this.input('employees', { inputmode: 'numeric', placeholder: P.employees }), { unit: t.employeesUnit }),
        this.field('revenue', t.revenue, this.input('revenue', { inputmode: 'decimal', placeholder: P.revenue, echo: true }), { unit: t.wan, echo: true }),
        this.field('total_assets', t.totalAssets, this.input('total_assets', { inputmode: 'decimal', placeholder: P.revenue, echo: true }), { unit: t.wan, echo: true })));
  }

  techFieldset() {
    const t = this.t;
    return h('fieldset', { id: 'fs-tech' }, h('legend', {}, t.techLegend),
      h('div', { class: 'field', dataset: { field: 'tech_status' } }, this.checks('tech_status', Object.entries(t.tech), 'no_tech', t.noTech)),
      h('div', { class: 'fields' }, this.tri('research', t.research)));
  }

  tradeFieldset() {
    const t = this.t;
    return h('fieldset', { id: 'fs-trade' }, h('legend', {}, t.tradeLegend),
      h('div', { class: 'fields' }, this.tri('trades_abroad', t.tradesAbroad), this.tri('credit_insurance', t.creditInsurance)));
  }

  startupFieldset() {
    const t = this.t;
    const P = t.placeholders;
    return h('fieldset', { id: 'fs-startup' }, h('legend', {}, t.startupLegend),
      h('div', { class: 'field', dataset: { field: 'groups' } }, h('span', { class: 'label', id: 'groups-label' }, t.groups),
        h('div', { role: 'group', 'aria-labelledby': 'groups-label' }, this.checks('groups', Object.entries(t.group), 'no_group', t.noGroup))),
      h('div', { class: 'fields' },
        this.field('new_hires', t.newHires, this.input('new_hires', { inputmode: 'numeric', placeholder: P.hires }), { unit: t.employeesUnit }),
        this.field('contract_years', t.contractYears, this.input('contract_years', { inputmode: 'decimal', placeholder: P.years }), { unit: t.years }),
        this.field('subsidised_before', t.subsidisedBefore, this.select('subsidised_before', t.timesOptions.map((label, i) => [String(i), label])))));
  }

  loanFieldset() {
    const t = this.t;
    const P = t.placeholders;
    const unknown = this.choice(h('input', { type: 'checkbox', name: 'rate_unknown', id: 'rate_unknown', checked: this.state.rate_unknown, dataset: { flag: 'rate_unknown' } }), t.rateUnknown);
    return h('fieldset', { id: 'fs-loan' }, h('legend', {}, t.loanLegend),
      h('div', { class: 'fields' },
        this.field('amount', t.amount, this.input('amount', { inputmode: 'decimal', placeholder: P.amount, help: true, echo: true }), { unit: t.wan, help: t.amountHelp, echo: true }),
        this.field('term', t.term, this.input('term', { inputmode: 'text', placeholder: P.term, help: true, echo: true }), { unit: t.months, help: t.termHelp, echo: true }),
        this.field('rate', t.rate, this.input('rate', { inputmode: 'decimal', placeholder: P.rate, help: true, echo: true }), { unit: t.percent, help: t.rateHelp, echo: true, extra: unknown }),
        this.field('repayment', t.repayment, this.select('repayment', Object.entries(t.repay))),
        this.field('collateral', t.collateral, this.input('collateral', { inputmode: 'decimal', placeholder: P.collateral, help: true, echo: true }), { unit: t.wan, help: t.collateralHelp, echo: true }),
        this.field('guarantee', t.guarantee, this.select('guarantee', Object.entries(t.guar))),
        this.tri('single_asset', t.singleAsset),
        this.field('start_date', t.startDate, h('input', { id: 'start_date', name: 'start_date', type: 'date', value: this.state.start_date, 'aria-describedby': 'start_date-error' }), { optional: true })));
  }

  premisesFieldset() {
    const t = this.t;
    return h('fieldset', { id: 'fs-premises' }, h('legend', {}, t.premisesLegend),
      h('div', { class: 'fields' },
        this.field('owner', t.owner, this.select('owner', Object.entries(t.owners))),
        this.field('rent', t.monthlyRent, this.input('rent', { inputmode: 'decimal', placeholder: t.placeholders.rent, echo: true }), { unit: t.yuan, echo: true }),
        this.tri('county_risk', t.countyRisk),
        this.tri('cannot_operate', t.cannotOperate),
        this.tri('sublet', t.sublet)));
  }

  /** The self-check's questions (js/widget/coord.js), or their place until it has loaded. */
  coordFieldset() {
    return this._coord ? this._coord.fieldset(this, this.coordApi()) : h('fieldset', { id: 'fs-coord' });
  }

  /** Load the self-check's part once, then show its questions (and its result's actions). */
  loadCoord() {
    if (!this._coordLoading) {
      this._coordLoading = loadCoord().then((m) => {
        this._coord = m;
        this.shadowRoot?.getElementById('fs-coord')?.replaceWith(this.coordFieldset());
        this.updateVisibility();
        if (this.response) this.renderResults();
      }, () => {
        this._coordLoading = null;
      });
    }
    return this._coordLoading;
  }

  /** What the self-check's part uses of the element (so nothing is loaded twice). */
  coordApi() {
    return {
      h, svg, replace, model, fill, citizenText, formatFigure,
      today: todayLocal,
      print: () => this.print(),
      industryName: (key) => INDUSTRIES.find((i) => i.key === key)?.[this.lang === 'en' ? 'en' : 'zh'] || key,
      answerSentence: (r) => answerSentence(this.t, this.lang, r, { request: this.request, labelOf: this.labelOfPath }),
    };
  }

  dateFieldset() {
    const t = this.t;
    const label = this.outreach ? t.scenarioDate : t.asOf;
    const help = this.outreach ? t.scenarioHelp : t.asOfHelp;
    const quick = h('div', { class: 'quick' },
      h('button', { type: 'button', part: 'button', on: { click: () => this.setDate(todayLocal()) } }, t.dateToday),
      h('button', { type: 'button', part: 'button', on: { click: () => this.setDate('2022-07-01') } }, t.date2022));
    return h('fieldset', { id: 'fs-date' }, h('legend', {}, this.outreach ? t.scenarioDate : t.dateLegend),
      h('div', { class: 'fields' },
        this.field('as_of', label, h('input', { id: 'as_of', name: 'as_of', type: 'date', value: this.state.as_of, min: '1900-01-01', max: '2199-12-31', 'aria-describedby': 'as_of-help as_of-error' }), { help, extra: quick })));
  }

  setDate(date) {
    this.state.as_of = date;
    const input = this.shadowRoot.getElementById('as_of');
    if (input) input.value = date;
    this.refreshProgrammes();
    this.updateVisibility();
    if (this.response) this.setStatus(this.t.stale);
    this.touch();
  }

  refreshProgrammes() {
    const fs = this.shadowRoot.getElementById('fs-programmes');
    if (fs) fs.replaceWith(this.programmesFieldset());
  }

  /** Show only the questions that can change the answer (form-model's visibleFields). */
  updateVisibility() {
    const root = this.shadowRoot;
    if (!root) return;
    const visible = model.visibleFields(this.state, this.ctx());
    if (visible.has('fin_need') && !this._coord) this.loadCoord();
    for (const el of root.querySelectorAll('form [data-field]')) el.hidden = !visible.has(el.dataset.field);
    for (const fs of root.querySelectorAll('form fieldset[id]')) {
      if (fs.id === 'fs-programmes' || fs.id === 'fs-who' || fs.id === 'fs-date') continue;
      fs.hidden = ![...fs.querySelectorAll('[data-field]')].some((el) => !el.hidden);
    }
    const rate = root.getElementById('rate');
    if (rate) rate.disabled = Boolean(this.state.rate_unknown);
    const note = root.getElementById('zone-note');
    if (note) note.textContent = this.zoneNote();
  }

  /** "按 20 万元计算" under a field: what the widget read from what was typed. */
  updateEcho(id) {
    const el = this.shadowRoot?.getElementById(`${id}-echo`);
    if (!el) return;
    const t = this.t;
    const text = this.state[id];
    const r = model.readField(id, text);
    let echo = '';
    if (text && r.ok && r.value !== '') {
      if (id === 'rate') echo = fill(t.echoRate, { text: `${r.percent}%` });
      else if (id === 'term') echo = fill(t.echoTerm, { text: r.value });
      else {
        const [v, u] = formatFigure(t, this.lang, 'money', r.value);
        echo = fill(t.echoMoney, { text: `${v}${u}` });
      }
    }
    if (id === 'rate' && this.state.rate_unknown && this._typicalRate) echo = fill(t.rateTypical, { rate: `${model.shiftDecimal(this._typicalRate, 2)}%` });
    el.textContent = echo;
  }

  onInput(e) {
    const el = e.target;
    const st = this.state;
    if (!(el instanceof HTMLInputElement || el instanceof HTMLSelectElement)) return;
    if (el.dataset.multi) {
      const list = new Set(st[el.dataset.multi]);
      if (el.checked) list.add(el.value);
      else list.delete(el.value);
      st[el.dataset.multi] = [...list];
      const noneKey = el.dataset.multi === 'tech_status' ? 'no_tech' : el.dataset.multi === 'groups' ? 'no_group' : null;
      if (noneKey && el.checked) {
        st[noneKey] = false;
        const none = this.shadowRoot.querySelector(`input[name="${noneKey}"]`);
        if (none) none.checked = false;
      }
    } else if (el.dataset.none) {
      st[el.name] = el.checked;
      if (el.checked) {
        st[el.dataset.none] = [];
        for (const box of this.shadowRoot.querySelectorAll(`input[data-multi="${el.dataset.none}"]`)) box.checked = false;
      }
    } else if (el.dataset.flag) {
      st[el.dataset.flag] = el.checked;
      this.updateEcho('rate');
      if (el.checked) this.clearError('rate');
    } else if (el.dataset.tri) {
      st[el.dataset.tri] = el.value;
    } else if (el.name in st) {
      st[el.name] = el.value;
      if (el.name === 'city') {
        st.county = '';
        st.province = '';
        const fs = this.shadowRoot.getElementById('fs-region');
        if (fs && e.type === 'change') {
          const next = this.regionFieldset();
          fs.replaceWith(next);
          next.querySelector('#city')?.focus();
        }
      }
      if (el.name === 'as_of' && e.type === 'change') this.refreshProgrammes();
      this.updateEcho(el.name);
      if (e.type === 'change' && this.errors[el.name]) this.validateField(el.name);
    }
    // The selected look (accent colour) without :has(), which older browsers lack.
    for (const box of this.shadowRoot.querySelectorAll('label.choice')) {
      const input = box.querySelector('input');
      box.classList.toggle('checked', Boolean(input?.checked));
    }
    this.updateVisibility();
    if (this.response) this.setStatus(this.t.stale);
    this.touch();
  }

  setStatus(text) {
    const el = this.shadowRoot?.getElementById('status');
    if (el) el.textContent = text;
  }

  clearError(id) {
    delete this.errors[id];
    this.showError(id);
  }

  showError(id) {
    const input = this.shadowRoot.getElementById(id);
    const err = this.shadowRoot.getElementById(`${id}-error`);
    const msg = this.errorText(id);
    if (input && input.tagName !== 'FIELDSET') input.setAttribute('aria-invalid', msg ? 'true' : 'false');
    if (err) err.textContent = msg;
  }

  validateField(id) {
    const r = model.readField(id, this.state[id]);
    if (r.ok) delete this.errors[id];
    else this.errors[id] = r.error;
    this.showError(id);
    return r.ok;
  }

  validateAll() {
    this.errors = model.validate(this.state, this.ctx());
    const bad = Object.keys(this.errors);
    for (const el of this.shadowRoot.querySelectorAll('.error[id$="-error"]')) this.showError(el.id.slice(0, -6));
    this.renderErrorSummary(bad);
    return bad;
  }

  renderErrorSummary(bad) {
    const t = this.t;
    const summary = this.shadowRoot.getElementById('error-summary');
    if (!summary) return;
    replace(summary);
    summary.hidden = bad.length === 0;
    if (bad.length) {
      summary.append(h('p', {}, fill(t.errorSummary, { n: bad.length })),
        h('ul', { class: 'plain' }, bad.map((id) => h('li', {}, h('button', { type: 'button', on: { click: () => this.focusField(id) } }, this.labelOf(id), t.colon, this.errorText(id))))));
    }
  }

  labelOf(id) {
    const label = this.shadowRoot.querySelector(`label[for="${id}"]`);
    if (label) return label.firstChild?.textContent || id;
    return id === 'programmes' ? this.t.programmesLegend : this.t.missing[Object.keys(model.FIELD_OF_PATH).find((k) => model.FIELD_OF_PATH[k] === id)] || id;
  }

  focusField(id) {
    const el = this.shadowRoot.getElementById(id) || this.shadowRoot.querySelector(`input[name="${id}"]`);
    el?.focus();
  }

  /** The engine request for these answers (CONTRACT.md). */
  buildRequest() {
    return model.toRequest(this.state, this.ctx());
  }

  onSubmit(e) {
    e.preventDefault();
    this.evaluateNow();
  }

  /** Validate, evaluate, render; returns the response (or null). */
  async evaluateNow({ focus = true } = {}) {
    const t = this.t;
    this.touch();
    const bad = this.validateAll();
    if (bad.length) {
      this.shadowRoot.getElementById('error-summary')?.focus();
      return null;
    }
    this.setStatus(t.loading);
    let e;
    try {
      e = await this.engine();
      if (!this._policies) this.refreshPolicies(e);
    } catch {
      this.renderUnsupported(true);
      return null;
    }
    const request = this.buildRequest();
    request.lang = this.lang === 'en' ? 'en' : 'zh-CN';
    try {
      const response = e.evaluate(request);
      this.request = request;
      this.response = response;
      this.renderResults();
      this.setStatus('');
      if (focus) this.showVerdict();
      this.dispatchEvent(new CustomEvent('huiqi-result', { detail: { request, response }, bubbles: true, composed: true }));
      return response;
    } catch (err) {
      const detail = { code: err.code || 'error', field: err.field || '', message_zh: err.message_zh || String(err), message_en: err.message_en || String(err) };
      // The engine's own answer about a field: shown on that field, in citizen words.
      const id = model.fieldOfPath(detail.field);
      const raw = this.lang === 'en' ? detail.message_en : detail.message_zh;
      const msg = citizenText(String(raw).replace(detail.field, '').replace(/^[\s:：的]+/, ''), this.lang) || t.loadFailed;
      if (id) {
        this.errors[id] = fill(t.engineError, { message: msg });
        this.showError(id);
        this.renderErrorSummary([id]);
        this.shadowRoot.getElementById('error-summary')?.focus();
        this.setStatus('');
      } else {
        this.setStatus(msg);
      }
      this.dispatchEvent(new CustomEvent('huiqi-error', { detail, bubbles: true, composed: true }));
      return null;
    }
  }

  /** After a submit or a story: the results' top (the historical-scenario note and the
   *  disclaimer) and the first verdict with its figures in view; focus on the results. */
  showVerdict() {
    const results = this.shadowRoot.getElementById('results');
    const first = this.shadowRoot.querySelector('#results article.card .answer');
    results?.focus({ preventScroll: true });
    results?.scrollIntoView({ block: 'start' });
    // Where the head is tall (a phone in 长辈模式), the verdict wins.
    if (first && first.getBoundingClientRect().bottom > window.innerHeight) first.closest('article')?.scrollIntoView({ block: 'start' });
  }

  // ---- Results ----
  msg(o) {
    return citizenText(this.lang === 'en' ? o.message_en : o.message_zh, this.lang);
  }

  fig(result, name) {
    const f = result.figures;
    if (f[name] === undefined && f[`${name}_min`] !== undefined && f[`${name}_max`] !== undefined) {
      const [lo] = formatFigure(this.t, this.lang, unitOf(result, `${name}_min`), f[`${name}_min`]);
      const [hi, u] = formatFigure(this.t, this.lang, unitOf(result, `${name}_max`), f[`${name}_max`]);
      return [h('span', { class: 'num' }, `${lo}–${hi}`), h('small', {}, u)];
    }
    const [v, u] = formatFigure(this.t, this.lang, unitOf(result, name), f[name]);
    return [h('span', { class: 'num' }, v), h('small', {}, u)];
  }

  labelOfPath = (path) => this.t.missing[path] || this.t.missing[String(path).split('.').slice(0, 2).join('.')] || this._coord?.label(this.lang, path) || null;

  quoteOf(ruleSet, c) {
    const rs = this._policies?.rule_sets?.find((r) => r.id === ruleSet);
    return rs?.citations?.[c.ref]?.quote || '';
  }

  citationLine(c) {
    // A clause's name may carry jargon too (沿用LPR−150BP至LPR+150BP口径): plain words.
    return [c.document, c.clause && plainWords(c.clause, this.lang === 'en' ? 'en' : 'zh')].filter(Boolean).join(' ');
  }

  /** A clause: document and clause, the quote when opened; where it sits in the seed files
   *  only in the technical details. */
  citation(ruleSet, c) {
    const t = this.t;
    const quote = this.quoteOf(ruleSet, c);
    return h('details', { part: 'citation' },
      h('summary', {}, `${t.basis}${t.colon}${this.citationLine(c)}`),
      quote ? h('blockquote', { class: 'quote' }, quote) : null,
      h('details', { class: 'details-part' }, h('summary', {}, t.detailsHeading), h('p', { class: 'cite' }, `${t.seedLine}${t.colon}${c.source || ''}`)));
  }

  renderResults() {
    const t = this.t;
    const results = this.shadowRoot?.getElementById('results');
    if (!results || !this.response) return;
    const r = this.response;
    const head = h('div', { class: 'results-head' },
      h('h3', { id: 'results-title', tabindex: '-1' }, t.resultsHeading),
      h('p', { class: 'muted' }, nums(fill(t.resultsFor, { region: this.regionText(), date: r.as_of }))));
    const nodes = [head, this.printHeader()];
    if (r.as_of < todayLocal()) nodes.push(h('p', { class: 'banner', part: 'historical' }, nums(fill(t.historical, { date: r.as_of }))));
    nodes.push(h('p', { class: 'disclaimer', part: 'disclaimer' }, t.disclaimer));
    for (const result of r.results) nodes.push(this.card(result));
    nodes.push(h('div', { class: 'actions no-print', part: 'actions' },
      h('button', { type: 'button', part: 'button', on: { click: () => this.print() } }, t.print),
      h('button', { type: 'button', part: 'button', on: { click: () => this.copy(this.summaryText()) } }, t.copySummary),
      this.outreach ? null : h('button', { type: 'button', part: 'button', on: { click: () => this.copy(this.shareLink()) } }, t.copyLink),
      h('span', { class: 'status-line', role: 'status', id: 'copy-status' })));
    if (!this.outreach) nodes.push(h('p', { class: 'help no-print' }, t.linkNote));
    nodes.push(h('p', { class: 'muted print-only' }, t.printFooter));
    replace(results, ...nodes);
  }

  regionText() {
    const r = this.response;
    const base = this.lang === 'en' ? r.region.name_en : r.region.name_zh;
    const z = this.state.county?.startsWith('zone:') ? this._zones.find((x) => `zone:${x.id}` === this.state.county) : null;
    return z ? `${base}${this.t.paren(this.lang === 'en' ? z.en || z.zh : z.zh)}` : base;
  }

  /** The printout's head: what a visitor takes to the bank (their answers, the date). */
  printHeader() {
    const t = this.t;
    const r = this.response;
    return h('div', { class: 'print-only' },
      h('h2', {}, t.printHeading),
      h('p', {}, fill(t.resultsFor, { region: this.regionText(), date: r.as_of }), ' · ', fill(t.printDate, { date: todayLocal() })),
      h('p', { class: 'cite' }, `${t.yourAnswers}${t.colon}`, this.answersSummary().join(t.listSep)));
  }

  /** The visitor's answers in plain words (printout and copied summary). */
  answersSummary() {
    const t = this.t;
    const q = this.request || {};
    const A = t.answersList;
    const out = [];
    const a = q.applicant || {};
    const money = (v) => formatFigure(t, this.lang, 'money', v).join('');
    out.push(`${A.kind}${t.colon}${t.kind[a.kind] || ''}`);
    out.push(`${A.region}${t.colon}${this.regionText()}`);
    if (a.industry) out.push(`${A.industry}${t.colon}${INDUSTRIES.find((i) => i.key === a.industry)?.[this.lang === 'en' ? 'en' : 'zh'] || a.industry}`);
    if (a.employees !== undefined) out.push(`${A.employees}${t.colon}${a.employees}${t.employeesUnit}`);
    if (a.revenue !== undefined) out.push(`${A.revenue}${t.colon}${money(a.revenue)}`);
    if (a.startup_groups?.length) out.push(`${A.groups}${t.colon}${a.startup_groups.map((g) => t.group[g] || g).join(t.enumSep)}`);
    const l = q.loan || {};
    if (l.amount) out.push(`${A.amount}${t.colon}${money(l.amount)}`);
    if (l.term_months) out.push(`${A.term}${t.colon}${l.term_months}${t.months}`);
    if (l.annual_rate) out.push(`${A.rate}${t.colon}${model.shiftDecimal(l.annual_rate, 2)}%`);
    if (l.collateral_value !== undefined) out.push(`${A.collateral}${t.colon}${money(l.collateral_value)}`);
    if (l.guarantee) out.push(`${A.guarantee}${t.colon}${t.guar[l.guarantee]}`);
    const p = q.premises || {};
    if (p.owner) out.push(`${A.owner}${t.colon}${t.owners[p.owner]}`);
    if (p.monthly_rent) out.push(`${A.rent}${t.colon}${money(p.monthly_rent)}`);
    return out;
  }

  card(result, nested = false) {
    const t = this.t;
    const title = citizenText(this.lang === 'en' ? result.title_en : result.title_zh, this.lang);
    const period = result.effective_to ? fill(t.period, { from: result.effective_from, to: result.effective_to }) : fill(t.periodOpen, { from: result.effective_from });
    const Tag = nested ? 'div' : 'article';
    const el = h(Tag, { class: nested ? 'other' : 'card', part: nested ? 'other' : 'card', dataset: { programme: result.programme, ruleSet: result.rule_set, status: result.status } },
      h('div', { class: 'card-head' },
        h(nested ? 'h5' : 'h4', {}, nested ? title : t.programme[result.programme]),
        h('div', { class: 'badges' },
          h('span', { class: `badge s-${result.status}`, part: 'status' }, t.status[result.status]),
          result.source_quality !== 'official' ? h('span', { class: `badge q-${result.source_quality}`, part: 'quality' }, t.quality[result.source_quality]) : null)),
      h('p', { class: 'answer', part: 'answer' }, nums(answerSentence(t, this.lang, result, { request: this.request, labelOf: this.labelOfPath }))));
    const figures = this.figures(result);
    if (figures) el.append(figures);
    if (this.request?.loan && this.state.rate_unknown && model.LOAN_PROGRAMMES.includes(result.programme) && this._typicalRate) {
      el.append(h('p', { class: 'meta' }, fill(t.rateTypical, { rate: `${model.shiftDecimal(this._typicalRate, 2)}%` })));
    }
    el.append(h('p', { class: 'meta' }, nested ? null : [nums(title), ' · '], nums(period), ' · ', nums(result.documents.join(t.enumSep))));
    if (result.source_quality !== 'official') el.append(h('p', { class: 'meta' }, t.qualityNote[result.source_quality]));
    // What rests on our reading rather than a text, beside the source-quality note.
    for (const a of result.assumptions || []) el.append(h('p', { class: 'meta', part: 'assumption' }, t.assumed, this.msg(a)));
    if (nested) {
      el.append(this.checksPart(result, true));
      return el;
    }
    if (result.status === 'not_in_force' && result.effective_to && result.effective_to < (this.response?.as_of || '')) {
      // An expired policy: one tap shows how it applied on its last day.
      el.append(h('p', { class: 'no-print' }, h('button', { type: 'button', part: 'button', class: 'then', on: { click: () => { this.setDate(result.effective_to); this.evaluateNow(); } } },
        fill(t.seeThen, { date: result.effective_to }))));
    }
    const missing = result.status === 'needs_info' ? missingLabels(result, this.labelOfPath) : [];
    if (missing.length) el.append(h('section', { class: 'part missing' }, h('h5', {}, t.missingHeading), h('ul', { class: 'dots' }, missing.map((m) => h('li', {}, m)))));
    const hints = result.hints.map((x) => [this.msg(x), applyChange(this.request, x.change)]).filter(([m]) => m);
    if (hints.length) el.append(h('section', { class: 'part hints' }, h('h5', {}, t.hintsHeading), h('ul', { class: 'plain' }, hints.map(([m, changed]) => h('li', {}, m,
      // "试试这样": the change into the form, and the answer again.
      changed ? [' ', h('button', { type: 'button', part: 'button', class: 'try no-print', on: { click: () => this.tryRequest(changed) } }, t.tryThis)] : null)))));
    if (result.status === 'eligible' || result.status === 'needs_info') el.append(this.nextSteps(result.programme) || '');
    if (result.programme === 'financing_coordination') {
      if (this._coord) el.append(this._coord.actions(this, result, this.coordApi()));
      else this.loadCoord();
    }
    // On paper: the clauses in one line, instead of the tap-to-open lists below.
    const seen = new Set();
    for (const c of [...result.checks.map((x) => x.citation), ...result.explanations.map((x) => x.citation)]) seen.add(this.citationLine(c));
    el.append(h('p', { class: 'cite print-only' }, `${t.basis}${t.colon}`, [...seen].join(t.listSep)));
    el.append(this.checksPart(result, false));
    if (result.explanations.length) {
      el.append(h('details', { class: 'part how-part' }, h('summary', {}, t.howHeading),
        h('ul', { class: 'plain' }, result.explanations.map((x) => h('li', {}, h('p', {}, this.msg(x)), this.citation(result.rule_set, x.citation))))));
    }
    const notes = (this._policies?.rule_sets?.find((r) => r.id === result.rule_set)?.notes || []).map((n) => this.msg(n)).filter(Boolean);
    if (notes.length) el.append(h('details', { class: 'part notes-part' }, h('summary', {}, t.notesHeading), h('ul', { class: 'plain' }, notes.map((n) => h('li', { class: 'muted' }, n)))));
    const sched = this.scheduleFor(result);
    if (sched) el.append(sched);
    // Other rule sets: those that also apply; those that do not (folded); past ones (folded).
    const others = result.other_rule_sets || [];
    const applies = others.filter((o) => o.status !== 'ineligible' && o.status !== 'not_in_force');
    const notApplies = others.filter((o) => o.status === 'ineligible');
    const past = others.filter((o) => o.status === 'not_in_force');
    if (applies.length) el.append(h('section', { class: 'others' }, h('h5', {}, t.othersHeading), applies.map((o) => this.card(o, true))));
    if (notApplies.length) el.append(h('details', { class: 'others' }, h('summary', {}, fill(t.othersNotApplying, { n: notApplies.length })), notApplies.map((o) => this.card(o, true))));
    if (past.length) el.append(h('details', { class: 'others past-rules' }, h('summary', {}, fill(t.pastRules, { n: past.length })), past.map((o) => this.card(o, true))));
    if (applies.length) el.append(h('p', { class: 'cite print-only' }, `${t.othersHeading}${t.colon}`, applies.map((o) => `${citizenText(this.lang === 'en' ? o.title_en : o.title_zh, this.lang)}${t.paren(t.status[o.status])}`).join(t.listSep)));
    el.append(h('details', { class: 'part details-part' }, h('summary', {}, t.detailsHeading),
      h('p', { class: 'cite' }, `${t.ruleSet}${t.colon}${result.rule_set}`, others.length ? `${t.listSep}${others.map((o) => o.rule_set).join(t.enumSep)}` : ''),
      h('p', { class: 'cite' }, `${t.engineVersion}${t.colon}${this.response?.engine || ''}`)));
    return el;
  }

  checksPart(result, nested) {
    const t = this.t;
    return h('details', { class: 'part checks-part' }, h('summary', {}, t.checksHeading),
      h('ul', { class: 'checks' }, result.checks.map((c) => h('li', { dataset: { check: c.id, outcome: c.outcome } },
        h('span', { class: `o o-${c.outcome}` }, t.outcome[c.outcome]),
        h('div', {}, h('p', {}, this.msg(c) || (c.missing_fields?.length ? missingLabels({ checks: [c] }, this.labelOfPath).join(t.enumSep) : '')), this.citation(result.rule_set, c.citation))))));
  }

  figures(result) {
    const t = this.t;
    // A figure a missing answer could still move comes as a range (`…_min`, `…_max`).
    const names = (KEY_FIGURES[result.programme] || []).filter((n) => (result.figures[n] !== undefined || result.figures[`${n}_min`] !== undefined) && !(n === 'half_months' && result.figures[n] === '0'));
    if (!names.length) return null;
    return h('dl', { class: 'figures', part: 'figures' }, names.map((n, i) =>
      h('div', { class: i === 0 ? 'figure lead' : 'figure', part: 'figure', dataset: { figure: n } },
        h('dt', {}, t.figure[n] || n),
        h('dd', {}, this.fig(result, n)),
        t.figureWhat[n] ? h('dd', { class: 'what' }, t.figureWhat[n]) : null)));
  }

  /** Where to apply, what to bring (for this applicant's kind and region), how long;
   *  with the portal's own offices where it gave them. */
  nextSteps(programme) {
    const t = this.t;
    const data = NEXT_STEPS.programmes[programme];
    if (!data) return null;
    const en = this.lang === 'en';
    const kind = this.request?.applicant?.kind || this.state.kind;
    const region = this.request?.region || '';
    const fits = (x) => (!x.kinds || x.kinds.includes(kind)) && (!x.regions || x.regions.some((p) => region.startsWith(p)));
    const text = (x) => [en ? x.en : x.zh, x.guidance ? h('span', { class: 'tag' }, t.guidance) : null];
    const contacts = this.contacts;
    const own = contacts ? [...(contacts[programme] || []), ...(contacts['*'] || [])] : [];
    return h('section', { class: 'part next', part: 'next-steps', dataset: { next: programme } },
      h('h5', {}, t.nextHeading),
      h('p', { class: 'label' }, t.whereHeading),
      h('ul', { class: 'dots' }, data.where.filter(fits).map((x) => h('li', {}, text(x)))),
      own.length ? [h('p', { class: 'label' }, t.contactsHeading), h('ul', { class: 'dots', part: 'contacts' }, own.map((c) => h('li', { class: 'contact' },
        c.url && /^https?:\/\//.test(c.url) ? h('a', { href: c.url, target: '_blank', rel: 'noopener' }, c.name) : c.name,
        c.address ? `${t.listSep}${t.address}${t.colon}${c.address}` : '',
        c.phone ? [`${t.listSep}${t.phone}${t.colon}`, h('span', { class: 'num' }, c.phone)] : '',
        c.note ? `${t.listSep}${c.note}` : '')))] : null,
      h('p', { class: 'label' }, t.bringHeading),
      h('ul', { class: 'dots bring' }, data.bring.filter(fits).map((x) => h('li', {}, text(x)))),
      data.time ? h('p', {}, h('span', { class: 'label' }, t.timeHeading, t.colon), text(data.time)) : null);
  }

  /** For a loan: the repayment schedule (table and chart), built when opened. */
  scheduleFor(result) {
    const t = this.t;
    const loan = this.request?.loan;
    if (!loan || !loan.amount || !loan.term_months || loan.annual_rate === undefined) return null;
    if (!model.LOAN_PROGRAMMES.includes(result.programme) || result.status === 'not_in_force' || result.status === 'ineligible') return null;
    let principal = loan.amount;
    let borrowerRate;
    if (result.programme === 'startup_guarantee_loan') {
      if (result.figures.borrower_rate === undefined) return null;
      borrowerRate = result.figures.borrower_rate;
      principal = result.figures.subsidised_principal || loan.amount;
    }
    // The method: the visitor's answer where it was asked (创业担保, where it changes the
    // 贴息); elsewhere chosen here, 等额本息 first, and said so.
    const asked = Boolean(loan.repayment);
    let method = loan.repayment || 'equal_installment';
    const reqFor = () => ({
      principal, annual_rate: loan.annual_rate, term_months: loan.term_months,
      method, start_date: loan.start_date || this.response.as_of,
      ...(borrowerRate !== undefined ? { borrower_rate: borrowerRate } : {}),
    });
    const selectId = `method-${result.programme}`;
    const picker = asked
      ? h('p', { class: 'meta' }, fill(t.scheduleMethod, { method: t.repay[method] }))
      : h('div', { class: 'field' }, h('label', { for: selectId }, t.repayment),
        h('select', { id: selectId, on: { change: (e) => { method = e.target.value; build(); } } },
          Object.entries(t.repay).map(([v, label]) => h('option', { value: v }, label))));
    const out = h('div', {});
    const box = h('details', { class: 'part schedule', part: 'schedule' }, h('summary', {}, fill(t.scheduleCaption, { n: loan.term_months })), picker, out);
    const build = async () => {
      const e = await this.engine();
      try {
        const table = e.schedule(reqFor());
        const withSubsidy = borrowerRate !== undefined && Number(table.totals.subsidy) > 0;
        const totals = table.totals;
        replace(out,
          h('p', {}, withSubsidy ? fill(t.chartTotals, { interest: group(totals.interest), subsidy: group(totals.subsidy), own: group(totals.borrower_interest) }) : fill(t.chartTotalsNoSubsidy, { interest: group(totals.interest) })),
          chart(table, t, this.lang, withSubsidy, { width: box.clientWidth, fontPx: Number.parseFloat(getComputedStyle(box).fontSize) * 0.875 }),
          this.scheduleTable(table, withSubsidy));
      } catch (err) {
        replace(out, h('p', { class: 'error' }, citizenText(this.lang === 'en' ? err.message_en || String(err) : err.message_zh || String(err), this.lang)));
      }
    };
    let built = false;
    box.addEventListener('toggle', () => {
      if (!box.open || built) return;
      built = true;
      build();
    });
    return box;
  }

  /** 期数, 还款额, 其中贴息, 您自付 first (what a phone shows); the rest to the right. */
  scheduleTable(s, withSubsidy) {
    const t = this.t;
    const cols = withSubsidy ? ['n', 'payment', 'subsidy', 'own', 'date', 'principal', 'interest', 'balance'] : ['n', 'payment', 'date', 'principal', 'interest', 'balance'];
    const own = (p) => (Number(p.payment) - Number(p.subsidy)).toFixed(2); // display only
    const cell = (p, c) => (c === 'date' ? p.date : c === 'own' ? own(p) : p[c]);
    const sum = { payment: s.totals.payment, subsidy: s.totals.subsidy, own: (Number(s.totals.payment) - Number(s.totals.subsidy)).toFixed(2), principal: s.totals.principal, interest: s.totals.interest };
    const caption = fill(t.scheduleCaption, { n: s.periods.length });
    return h('div', {},
      h('p', { class: 'scroll-cue', 'aria-hidden': 'true' }, t.scrollCue),
      h('div', { class: 'table-wrap', tabindex: '0', role: 'region', 'aria-label': caption },
        h('table', {},
          h('caption', {}, caption),
          h('thead', {}, h('tr', {}, cols.map((c) => h('th', { scope: 'col' }, t.col[c])))),
          h('tbody', {}, s.periods.map((p) => h('tr', {}, cols.map((c) => (c === 'n' ? h('th', { scope: 'row' }, p.n) : h('td', {}, c === 'date' ? p.date : group(cell(p, c)))))))),
          h('tfoot', {}, h('tr', {}, cols.map((c) => (c === 'n' ? h('th', { scope: 'row' }, '∑') : h('td', {}, sum[c] ? group(sum[c]) : ''))))))));
  }

  // ---- Actions ----
  summaryText() {
    const t = this.t;
    const r = this.response;
    if (!r) return '';
    const lines = [t.summaryTitle, fill(t.resultsFor, { region: this.regionText(), date: r.as_of }), ''];
    for (const x of r.results) {
      lines.push(`${t.bracket(t.programme[x.programme])}${t.status[x.status]}`);
      lines.push(`  ${answerSentence(t, this.lang, x, { request: this.request, labelOf: this.labelOfPath })}`);
      for (const n of KEY_FIGURES[x.programme] || []) {
        if (x.figures[n] === undefined && x.figures[`${n}_min`] === undefined) continue;
        lines.push(`  ${t.figure[n]}${t.colon}${this.fig(x, n).map((e) => e.textContent).join('')}`);
      }
      for (const hint of x.hints) {
        const m = this.msg(hint);
        if (m) lines.push(`  → ${m}`);
      }
      lines.push(`  ${t.basis}${t.colon}${x.documents.join(t.enumSep)}`);
    }
    lines.push('', t.printFooter);
    return lines.join('\n');
  }

  /** The page URL with the answers in its fragment, as the engine's request JSON with a
   *  version. Built only when asked for: the page's own URL never holds what was typed. */
  shareLink() {
    const url = new URL(window.location.href);
    url.hash = HASH_KEY + model.encodeShare(this.state, this.ctx());
    return url.toString();
  }

  tryRequest(request) {
    const programmes = this.state.programmes;
    this.state = model.fromRequest(request, { regions: CITIES });
    if (!request.programmes) this.state.programmes = programmes;
    this.render();
    this.evaluateNow();
  }

  restoreFromHash() {
    const hash = (window.location.hash || '').slice(1);
    if (!hash.startsWith(HASH_KEY) || this.outreach) return false;
    const st = model.decodeShare(hash.slice(HASH_KEY.length), { regions: CITIES });
    if (!st) return false;
    this.state = st;
    if (!st.as_of) st.as_of = todayLocal();
    if (this.fixedProgrammes) this.state.programmes = this.fixedProgrammes;
    this.render();
    this.evaluateNow();
    return true;
  }

  async copy(text) {
    const t = this.t;
    const status = this.shadowRoot.getElementById('copy-status');
    const ok = await copyText(text);
    if (status) status.textContent = ok ? t.copied : t.copyFailed;
  }

  print() {
    printIsolated(this);
  }

  /** Clear every answer and result (next visitor, idle reset, start again). */
  clear(idle) {
    const t = this.t;
    this.state = model.emptyState();
    this.errors = {};
    this.response = null;
    this.request = null;
    this.applyDefaults();
    if (!this.outreach && window.location.hash.startsWith(`#${HASH_KEY}`)) {
      try {
        history.replaceState(null, '', window.location.pathname + window.location.search);
      } catch {
        /* ignore */
      }
    }
    this.render();
    this.setStatus(idle ? t.idleNotice : this.outreach ? t.cleared : '');
    const title = this.shadowRoot.getElementById('huiqi-title');
    title?.setAttribute('tabindex', '-1');
    title?.focus();
    if (this.outreach) this.armIdle();
    this.dispatchEvent(new CustomEvent('huiqi-cleared', { bubbles: true, composed: true }));
  }

  // ---- Idle reset (outreach): a visible countdown with 继续 before clearing ----
  touch() {
    if (this.outreach) this.armIdle();
  }

  stopIdle() {
    clearTimeout(this._idle);
    clearInterval(this._idleTick);
    this._idle = null;
    this._idleTick = null;
    this._warning = false;
  }

  armIdle() {
    this.stopIdle();
    const banner = this.shadowRoot?.getElementById('idle');
    if (banner) banner.hidden = true;
    if (!this.isConnected) return;
    if (!this._idleListeners) {
      this._idleListeners = true;
      for (const ev of ['pointerdown', 'keydown', 'input', 'wheel', 'touchstart']) this.addEventListener(ev, () => this.touch(), { passive: true });
    }
    const total = Number(this.getAttribute('idle-ms')) || IDLE_MS;
    const warn = Math.min(IDLE_WARN_MS, total / 2);
    this._idle = setTimeout(() => this.warnIdle(warn), total - warn);
  }

  warnIdle(ms) {
    if (!this.outreach) return;
    const t = this.t;
    const banner = this.shadowRoot?.getElementById('idle');
    if (!banner) return;
    this._warning = true;
    const deadline = Date.now() + ms;
    const secondsLeft = () => Math.max(0, Math.ceil((deadline - Date.now()) / 1000));
    // Announced once (role=alert on the banner); the seconds tick in a timer, which screen
    // readers do not read out every second.
    const text = h('span', { id: 'idle-text', role: 'timer' }, fill(t.idleWarn, { n: secondsLeft() }));
    replace(banner, text, h('button', { type: 'button', class: 'primary', part: 'button', id: 'idle-continue', on: { click: () => this.armIdle() } }, t.idleContinue));
    banner.hidden = false;
    this._idleTick = setInterval(() => {
      text.textContent = fill(t.idleWarn, { n: secondsLeft() });
    }, 1000);
    this._idle = setTimeout(() => {
      this.stopIdle();
      this.clear(true);
    }, ms);
  }
}

const EXAMPLE_OF = { amount: 'amount', collateral: 'amount', revenue: 'revenue', total_assets: 'revenue', rate: 'rate', term: 'term', rent: 'rent', employees: 'employees', new_hires: 'hires', contract_years: 'years' };

if (!customElements.get('huiqi-widget')) customElements.define('huiqi-widget', HuiqiWidget);

export { HuiqiWidget };
export { shiftDecimal, normalise as normaliseNumber } from './widget/form-model.js';
