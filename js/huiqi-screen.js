// 名单筛查 (list screening) in the page: the <huiqi-widget screening> tab and the offline
// edition's. Loaded only when the tab opens, with its own wasm (the crate built with
// `--features screen`: the same screening code as `huiqi screen`), so the element's first
// load does not grow.
//
// The file is read here and never leaves the page: screened in chunks of about 25 ms
// (the page stays responsive, a progress bar shows how far), shown as a table, and
// downloaded as XLSX or CSV through a Blob URL.
import { h, replace, lazySheet } from './widget/dom.js';
import { STATUS_ZH, layout, statusOf, tally, errorText, filterRows, sortRows, headline, outOfPeriod } from './widget/screen-model.js';

let loading;

/** The screening module, initialised once per page. The offline edition hands over the
 *  wasm's bytes (`globalThis.huiqiScreenSource`: bytes, or a function returning them). */
export function loadScreening() {
  if (!loading) {
    loading = import('./huiqi_screen.js').then(async (m) => {
      const given = globalThis.huiqiScreenSource;
      const wasm = typeof given === 'function' ? await given() : given !== undefined ? await given : new URL('./huiqi_screen_bg.wasm', import.meta.url);
      await m.default({ module_or_path: wasm });
      return m;
    });
    loading.catch(() => {
      loading = undefined;
    });
  }
  return loading;
}

const CSS = `
.screen { display: grid; grid-template-columns: minmax(0, 1fr); gap: 12px; min-width: 0; }
.screen .drop { border: 2px dashed #8a8f98; border-radius: 10px; padding: 18px; text-align: center; background: #fafafa; }
.screen .drop.over { border-color: #b4231f; background: #fff4f2; }
.screen .row-actions { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; justify-content: center; }
.screen progress { width: 100%; height: 14px; }
.screen .answer { font-size: 1.15em; font-weight: 600; margin: 0; }
.screen .counts { display: flex; flex-wrap: wrap; gap: 8px; margin: 0; padding: 0; list-style: none; }
.screen .counts li { border: 1px solid #d0d7de; border-radius: 8px; padding: 6px 10px; background: #fff; }
.screen .counts b { font-size: 1.3em; color: #1a7f37; }
.screen .filters { display: flex; flex-wrap: wrap; gap: 8px 16px; align-items: end; }
.screen .filters label { display: grid; gap: 2px; font-size: .95em; }
.screen .table-wrap { overflow-x: auto; max-width: 100%; border: 1px solid #d0d7de; border-radius: 8px; }
.screen table { border-collapse: collapse; width: 100%; font-size: .95em; }
.screen th, .screen td { border-bottom: 1px solid #e4e7eb; padding: 6px 8px; text-align: left; vertical-align: top; }
.screen th { background: #f1f4f8; position: sticky; top: 0; white-space: nowrap; }
.screen .table-wrap th button { font: inherit; font-weight: 600; background: none; border: 0; padding: 0; margin: 0; min-height: 0; min-width: 0; box-shadow: none; cursor: pointer; color: inherit; }
.screen .table-wrap td button { padding: .15em .6em; min-height: 0; margin: 0; }
.screen .errors-line { margin: 0; padding: 6px 8px; border-radius: 6px; }
.screen td.num { white-space: nowrap; }
.screen .st { display: inline-block; border-radius: 6px; padding: 1px 6px; white-space: nowrap; }
.screen .st-eligible { background: #dafbe1; color: #116329; font-weight: 600; }
.screen .st-needs_info { background: #fff8c5; color: #7d4e00; }
.screen .st-ineligible, .screen .st-not_in_force { color: #57606a; }
.screen .st-error { background: #ffebe9; color: #a40e26; }
.screen tr.invalid td { background: #fff6f5; }
.screen .fig { display: block; color: #1f2328; font-size: .9em; }
.screen .missing { color: #7d4e00; font-size: .9em; }
.screen td.missing { min-width: 9em; max-width: 14em; }
.screen td.name { max-width: 12em; }
.screen tr.invalid td[colspan] { max-width: 30em; }
.screen .notes { color: #57606a; font-size: .9em; }
.screen .more { margin: 8px auto; display: block; }
@media (max-width: 600px) { .screen .hide-narrow { display: none; } }
`;
const styleSheet = lazySheet(CSS);

const PAGE = 100; // rows drawn at a time: a 10,000-row list draws fast and scrolls

function download(bytes, name, type) {
  const url = URL.createObjectURL(new Blob([bytes], { type }));
  const a = h('a', { href: url, download: name, hidden: true });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** A figure as staff read it: money in 万元 (the XLSX keeps the exact 元). */
function figureText(text, money) {
  if (!money || !/^\d+(\.\d+)?$/.test(text)) return text;
  const wan = Number(text) / 10000;
  return wan >= 1 ? `${Number(wan.toFixed(2))} 万元` : `${text} 元`;
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Mount the screening tab in `panel` (inside the element's shadow root or a page).
 * `openRow(request)`: show one row's full explained answer (the element's own rendering).
 * `asOf()`: the date to screen at; `override()`: a portal's override (JSON text) or undefined.
 */
export function mountScreening(panel, { openRow, asOf, override } = {}) {
  const root = panel.getRootNode();
  if (root && 'adoptedStyleSheets' in root && !root.adoptedStyleSheets.includes(styleSheet())) root.adoptedStyleSheets = [...root.adoptedStyleSheets, styleSheet()];
  const state = { rows: [], job: null, headers: [], programmes: [], header: null, info: null, name: '', filter: { programme: '', status: 'any', text: '' }, sort: { by: 'row', dir: 1 }, shown: PAGE, busy: false };

  const input = h('input', { type: 'file', accept: '.csv,.xlsx,.xls,text/csv', id: 'screen-file', hidden: true, on: { change: () => input.files[0] && start(input.files[0]) } });
  const drop = h('div', { class: 'drop', part: 'screen-drop' },
    h('p', {}, '把走访名单（Excel 或 WPS 的 .xlsx / .xls，或 CSV）拖到这里，或'),
    h('div', { class: 'row-actions' },
      h('button', { type: 'button', class: 'primary', part: 'button', on: { click: () => input.click() } }, '选择名单文件'),
      h('button', { type: 'button', part: 'button', on: { click: () => template('xlsx') } }, '下载模板（Excel）'),
      h('button', { type: 'button', part: 'button', on: { click: () => template('csv') } }, '下载模板（CSV）')),
    h('p', { class: 'notes' }, '名单只在本机处理，不会上传；筛查结果可下载为 Excel。只有“所在县区”必填，其余不清楚的留空。'),
    input);
  for (const ev of ['dragenter', 'dragover']) drop.addEventListener(ev, (e) => { e.preventDefault(); drop.classList.add('over'); });
  for (const ev of ['dragleave', 'drop']) drop.addEventListener(ev, () => drop.classList.remove('over'));
  drop.addEventListener('drop', (e) => {
    e.preventDefault();
    const f = e.dataTransfer?.files?.[0];
    if (f) start(f);
  });
  const progress = h('progress', { max: '1', value: '0', hidden: true, 'aria-label': '筛查进度' });
  const status = h('p', { role: 'status', class: 'notes', id: 'screen-status' });
  const result = h('div', { id: 'screen-result' });
  replace(panel, h('section', { class: 'screen', part: 'screening', 'aria-labelledby': 'screen-title' },
    h('h3', { id: 'screen-title' }, '名单筛查'), drop, progress, status, result));

  async function template(kind) {
    try {
      const m = await loadScreening();
      if (kind === 'xlsx') download(m.templateXlsx(), '惠企名单模板.xlsx', XLSX);
      else download(m.templateCsv(), '惠企名单模板.csv', 'text/csv');
    } catch (e) {
      status.textContent = `无法生成模板：${e?.message_zh || e}`;
    }
  }

  async function start(file) {
    if (state.busy) return;
    state.busy = true;
    state.rows = [];
    state.name = file.name.replace(/\.[^.]+$/, '');
    replace(result);
    progress.hidden = false;
    progress.value = 0;
    status.textContent = `正在读取 ${file.name}……`;
    const began = performance.now();
    try {
      const [m, buf] = await Promise.all([loadScreening(), file.arrayBuffer()]);
      state.headers = JSON.parse(m.resultHeaders());
      state.programmes = JSON.parse(m.programmesJson());
      state.job?.free?.();
      const job = new m.ScreenJob(new Uint8Array(buf), asOf ? asOf() : new Date().toISOString().slice(0, 10), override ? override() : undefined);
      state.job = job;
      // Chunks of about 25 ms (well under the 50 ms a long task starts at, with room for a
      // busy machine): the rows per chunk follow the measured speed, growing at most twofold.
      let chunk = 100;
      while (!job.done()) {
        const t0 = performance.now();
        const rows = JSON.parse(job.step(chunk));
        for (const r of rows) state.rows.push(r);
        const ms = performance.now() - t0;
        chunk = Math.max(20, Math.min(chunk * 2, Math.round((chunk * 25) / Math.max(ms, 1))));
        progress.value = job.progress();
        status.textContent = `正在筛查：已完成 ${state.rows.length} 行`;
        await nextTask();
      }
      state.header = JSON.parse(job.headerJson());
      state.info = JSON.parse(job.infoJson());
      state.layout = layout(state.headers, state.programmes);
      const secs = ((performance.now() - began) / 1000).toFixed(1);
      status.textContent = `筛查完成：${state.rows.length} 行，用时 ${secs} 秒（筛查日期 ${state.info.as_of}）。`;
      panel.dispatchEvent(new CustomEvent('huiqi-screened', { detail: { rows: state.rows.length, ms: performance.now() - began }, bubbles: true, composed: true }));
      draw();
    } catch (e) {
      status.textContent = `无法筛查这个文件：${e?.message_zh || e?.message || e}`;
    } finally {
      progress.hidden = true;
      state.busy = false;
      input.value = '';
    }
  }

  // The row's request, naming the programmes it was screened for (the form asks for them).
  const requestOf = (r) => ({ ...JSON.parse(r.request), programmes: r.outcome.programmes.map((p) => p.programme) });

  const nameIndex = () => state.header?.keys.indexOf('name') ?? -1;

  function programmeCell(r, p) {
    const s = statusOf(r, p.key);
    if (s === 'error' || s === 'empty') return h('td', {});
    const fig = p.figures.find((f) => f.index >= 0 && r.out[f.index]);
    return h('td', { class: 'num' },
      h('span', { class: `st st-${s}` }, STATUS_ZH[s] || s),
      s === 'eligible' && fig ? h('span', { class: 'fig' }, `${fig.header.replace(/（元）$/, '')} ${figureText(r.out[fig.index], /（元）$/.test(fig.header))}`) : null);
  }

  function sortButton(label, sort) {
    const active = state.sort.by === sort.by && (sort.programme || '') === (state.sort.programme || '') && (sort.cell ?? -1) === (state.sort.cell ?? -1);
    const arrow = active ? (state.sort.dir > 0 ? ' ▲' : ' ▼') : '';
    return h('th', { scope: 'col', 'aria-sort': active ? (state.sort.dir > 0 ? 'ascending' : 'descending') : 'none' },
      h('button', { type: 'button', on: { click: () => { state.sort = active ? { ...state.sort, dir: -state.sort.dir } : { dir: 1, ...sort }; state.shown = PAGE; drawTable(); } } }, label + arrow));
  }

  let tableBox;
  function draw() {
    const L = state.layout;
    const t = tally(state.rows, state.programmes);
    const counts = h('ul', { class: 'counts' }, state.programmes.map((p) =>
      outOfPeriod(t.by[p.programme])
        ? h('li', { class: 'st-not_in_force' }, `${p.name_zh} 在筛查日期不在有效期`)
        : h('li', {}, `${p.name_zh} 可能符合 `, h('b', {}, String(t.by[p.programme].eligible)), ' 家',
          t.by[p.programme].needs_info ? h('span', { class: 'missing' }, `（另有 ${t.by[p.programme].needs_info} 家需补充信息）`) : null)));
    const errorsLine = t.invalid
      ? h('p', { class: 'st-error errors-line' }, `${t.invalid} 行有错误：`, state.rows.filter((r) => r.status === 'invalid').slice(0, 2).map(errorText).join('；'), t.invalid > 2 ? '……（“结果”选“有错误”查看全部）' : '')
      : null;
    const programmeSel = h('select', { id: 'screen-programme', on: { change: (e) => { state.filter.programme = e.target.value; state.shown = PAGE; drawTable(); } } },
      h('option', { value: '' }, '全部政策'), state.programmes.map((p) => h('option', { value: p.programme }, p.name_zh)));
    const statusSel = h('select', { id: 'screen-status-filter', on: { change: (e) => { state.filter.status = e.target.value; state.shown = PAGE; drawTable(); } } },
      h('option', { value: 'any' }, '全部'), Object.entries(STATUS_ZH).map(([k, v]) => h('option', { value: k }, v)), h('option', { value: 'error' }, '有错误'));
    const search = h('input', { type: 'search', id: 'screen-search', placeholder: '企业名称等', on: { input: (e) => { state.filter.text = e.target.value; state.shown = PAGE; drawTable(); } } });
    const actions = h('div', { class: 'row-actions' },
      h('button', { type: 'button', class: 'primary', part: 'button', id: 'screen-xlsx', on: { click: () => save('xlsx') } }, '下载结果（Excel）'),
      h('button', { type: 'button', part: 'button', id: 'screen-csv', on: { click: () => save('csv') } }, '下载结果（CSV）'));
    tableBox = h('div', {});
    const notes = state.info.notes.length ? h('details', { class: 'notes' }, h('summary', {}, `名单说明（${state.info.notes.length} 条）`), h('ul', {}, state.info.notes.map((n) => h('li', {}, n)))) : null;
    replace(result, h('p', { class: 'answer', id: 'screen-answer' }, headline(t, state.programmes)), counts, errorsLine, actions,
      h('div', { class: 'filters', role: 'group', 'aria-label': '筛选' },
        h('label', {}, '政策', programmeSel), h('label', {}, '结果', statusSel), h('label', {}, '查找', search)),
      tableBox, notes);
    void L;
    drawTable();
  }

  function drawTable() {
    const L = state.layout;
    const ni = nameIndex();
    let rows = filterRows(state.rows, state.filter);
    rows = sortRows(rows, { ...state.sort, figure: state.sort.by === 'programme' ? L.programmes.find((p) => p.key === state.sort.programme)?.figures[0]?.index ?? -1 : -1 });
    const head = h('tr', {},
      sortButton('行号', { by: 'row' }),
      ni >= 0 ? sortButton('企业名称', { by: 'cell', cell: ni }) : null,
      h('th', { scope: 'col', class: 'hide-narrow' }, '所在县区'),
      L.programmes.map((p) => sortButton(p.name, { by: 'programme', programme: p.key })),
      h('th', { scope: 'col', class: 'hide-narrow' }, '需补充信息 / 错误'),
      h('th', { scope: 'col' }, '详情'));
    const body = rows.slice(0, state.shown).map((r) => {
      const invalid = r.status === 'invalid';
      return h('tr', { class: invalid ? 'invalid' : r.status, dataset: { row: r.row } },
        h('td', { class: 'num' }, String(r.row)),
        ni >= 0 ? h('td', { class: 'name' }, r.cells[ni] || '') : null,
        h('td', { class: 'hide-narrow' }, invalid ? '' : String(r.out[L.region] || '').replace(/^河南省/, '').replace(/（\d{6}）$/, '')),
        invalid ? h('td', { colspan: String(L.programmes.length) }, h('span', { class: 'st st-error' }, '有错误'), ' ', errorText(r)) : L.programmes.map((p) => programmeCell(r, p)),
        h('td', { class: 'hide-narrow missing' }, invalid || r.status === 'empty' ? (r.status === 'empty' ? '空行' : '') : r.out[L.missing] || ''),
        h('td', {}, r.request && !invalid ? h('button', { type: 'button', part: 'button', on: { click: () => openRow?.(requestOf(r), r) } }, '查看') : null));
    });
    replace(tableBox,
      h('p', { class: 'notes', role: 'status' }, `显示 ${Math.min(rows.length, state.shown)} / ${rows.length} 行`),
      h('div', { class: 'table-wrap' }, h('table', { id: 'screen-table' }, h('thead', {}, head), h('tbody', {}, body))),
      rows.length > state.shown ? h('button', { type: 'button', class: 'more', part: 'button', on: { click: () => { state.shown += PAGE * 5; drawTable(); } } }, `显示更多（还有 ${rows.length - state.shown} 行）`) : null);
  }

  // Building the workbook is one call into the wasm (about 0.1 ms a row: 0.9 s for 10,000
  // rows), so the page says so and paints before it starts, and the buttons wait.
  async function save(kind) {
    const buttons = [...panel.querySelectorAll('#screen-xlsx, #screen-csv')];
    for (const b of buttons) b.disabled = true;
    const before = status.textContent;
    status.textContent = kind === 'xlsx' ? '正在生成 Excel 结果文件……' : '正在生成 CSV 结果文件……';
    await new Promise((done) => requestAnimationFrame(() => setTimeout(done)));
    try {
      if (kind === 'xlsx') download(state.job.xlsx(), `${state.name}-筛查结果.xlsx`, XLSX);
      else download(state.job.csv(), `${state.name}-筛查结果.csv`, 'text/csv');
      status.textContent = before;
    } catch (e) {
      status.textContent = `无法生成结果文件：${e?.message_zh || e}`;
    } finally {
      for (const b of buttons) b.disabled = false;
    }
  }

  return { start, state };
}
