// 名单筛查 (list screening) for the page: what the table shows, filters and sorts, from the
// rows the screening wasm returns (`ScreenJob.step`). No DOM here (unit-tested in Node).
//
// A row is the Rust `RowResult` as JSON plus `out`: the texts of the result columns,
// exactly as the XLSX and CSV write them (`resultHeaders` order). The programme columns
// come from the wasm's `programmesJson` list, so a new programme needs no change here.

export const STATUS_ZH = { eligible: '符合', needs_info: '需补充信息', ineligible: '不符合', not_in_force: '不在有效期' };
const STATUS_RANK = { eligible: 0, needs_info: 1, ineligible: 2, not_in_force: 3, error: 4, empty: 5 };

/** Where each shown value sits in `out`, from the result headers and the programme list. */
export function layout(headers, programmes) {
  const at = (name) => headers.indexOf(name);
  return {
    region: at('所在县区（识别为）'),
    size: at('企业规模'),
    missing: at('需补充信息'),
    errors: at('错误说明'),
    programmes: programmes.map((p) => ({
      key: p.programme,
      name: p.name_zh,
      status: at(p.name_zh),
      // The first figure is the one the table shows; the XLSX has them all.
      figures: p.figures.map(([, header]) => ({ header, index: at(`${p.short_zh} ${header}`) })),
      hint: at(`${p.short_zh} 提示`),
    })),
  };
}

/** A row's status for one programme: a response status, or `error` / `empty`. */
export function statusOf(row, programme) {
  if (row.status === 'invalid') return 'error';
  if (row.status === 'empty') return 'empty';
  return row.outcome?.programmes.find((p) => p.programme === programme)?.status || 'ineligible';
}

/** Counts for the answer at the top: per programme and status, and the rows with errors. */
export function tally(rows, programmes) {
  const out = { rows: 0, screened: 0, invalid: 0, empty: 0, by: {} };
  for (const p of programmes) out.by[p.programme] = { eligible: 0, needs_info: 0, ineligible: 0, not_in_force: 0 };
  for (const r of rows) {
    out.rows += 1;
    if (r.status === 'invalid') out.invalid += 1;
    else if (r.status === 'empty') out.empty += 1;
    else {
      out.screened += 1;
      for (const p of r.outcome?.programmes || []) if (out.by[p.programme] && p.status in out.by[p.programme]) out.by[p.programme][p.status] += 1;
    }
  }
  return out;
}

/** The text a row's errors show: 第9行「营业收入（万元）」列：…；… */
export function errorText(row) {
  return (row.errors || []).map((e) => (e.column ? `第${e.row}行「${e.column}」列：${e.message_zh}` : `第${e.row}行：${e.message_zh}`)).join('；');
}

/** The rows a filter keeps: a programme and a status (`any`, a response status, or `error`),
 *  and text found in the row's cells. Empty rows only when nothing is filtered. */
export function filterRows(rows, { programme = '', status = 'any', text = '' } = {}) {
  const needle = text.trim();
  return rows.filter((r) => {
    if (r.status === 'empty') return !programme && status === 'any' && !needle;
    if (status === 'error' && r.status !== 'invalid') return false;
    if (status !== 'any' && status !== 'error') {
      if (r.status !== 'screened') return false;
      const list = programme ? [programme] : r.outcome.programmes.map((p) => p.programme);
      if (!list.some((p) => statusOf(r, p) === status)) return false;
    }
    if (needle && !r.cells.some((c) => c.includes(needle))) return false;
    return true;
  });
}

/** Sorted copy: by row number, by a cell (name, region), or by a programme's status
 *  (符合 first, then the figure, larger first). */
export function sortRows(rows, { by = 'row', dir = 1, programme = '', cell = -1, figure = -1 } = {}) {
  const key = (r) => {
    if (by === 'programme') {
      const f = figure >= 0 ? Number(String(r.out?.[figure] || '').replace(/[^\d.]/g, '')) || 0 : 0;
      return [STATUS_RANK[statusOf(r, programme)], -f, r.row];
    }
    if (by === 'cell') return [String(r.cells[cell] || ''), r.row];
    return [r.row];
  };
  const cmp = (a, b) => {
    for (let i = 0; i < a.length; i += 1) {
      if (a[i] < b[i]) return -1;
      if (a[i] > b[i]) return 1;
    }
    return 0;
  };
  return rows
    .map((r) => [key(r), r])
    .sort((x, y) => dir * cmp(x[0], y[0]))
    .map(([, r]) => r);
}

/** Whether a programme was not in force for any row (the screening date is outside its
 *  period): "0 家" would read as "no firm qualifies". */
export function outOfPeriod(b) {
  return Boolean(b && b.not_in_force > 0 && !b.eligible && !b.needs_info && !b.ineligible);
}

/** The answer first: 「共 50 家：科技贷 可能符合 12 家、…；有错误 5 行」. */
export function headline(t, programmes) {
  const inForce = programmes.filter((p) => !outOfPeriod(t.by[p.programme]));
  const out = programmes.filter((p) => outOfPeriod(t.by[p.programme]));
  const parts = inForce.map((p) => `${p.name_zh} ${t.by[p.programme]?.eligible || 0} 家`);
  const firms = t.screened + t.invalid;
  let s = `共 ${firms} 家企业，可能符合：${parts.join('、') || '无'}`;
  if (out.length) s += `；${out.map((p) => p.name_zh).join('、')}在筛查日期不在有效期`;
  if (t.invalid) s += `；${t.invalid} 行有错误，需核对后重新筛查`;
  return s;
}
