// The one place <huiqi-widget> meets the engine's JS API (index.js).
//
// The module (its wasm) loads once per page, in the background. Each element gets its own
// `Engine` instance (each with its own data, so one element's portal override never
// reaches another); the element sees { evaluate, schedule, policies, configure }.

let source; // bytes handed over by the page (the offline edition embeds the wasm)
let loading;

/** The page may hand over the wasm (bytes, a Response or a promise of them). */
export function setEngineSource(s) {
  source = s;
}

/** The engine module, initialised; loaded at most once per page. */
export function loadModule() {
  if (!loading) {
    const given = source !== undefined ? source : globalThis.huiqiEngineSource;
    // The three downloads start together (the API, its glue, the wasm).
    const wasm = given !== undefined ? given : fetch(new URL('./huiqi_bg.wasm', import.meta.url));
    Promise.resolve(wasm).catch(() => {}); // a failure is reported through `loading`
    loading = Promise.all([import('./index.js'), import('./huiqi.js')]).then(async ([m]) => {
      // English policy texts only for an element that shows English (engineFor).
      await m.default({ module_or_path: await wasm, english: false });
      return m;
    });
  }
  return loading;
}

/** One engine for one element (see above). */
export async function createEngine() {
  return engineFor(await loadModule());
}

/** The element's own engine from the engine module. It starts with the policy texts in
 *  Chinese (the wasm the element loads has no others); `english()` loads the English ones
 *  (huiqi-en.js) and remakes the engine with them, as does an override (checked in both
 *  languages), so only English pages and portals with their own data download them. */
export function engineFor(m) {
  let e = new m.Engine();
  let override = null;
  let remaking = null; // one remake at a time, whoever asks
  const withEnglish = async (o) => {
    await m.loadEnglish();
    const next = new m.Engine(o); // throws for a bad override, leaving `e` as it was
    e.free();
    e = next;
    override = o;
  };
  return {
    module: m,
    own: true,
    evaluate: (req) => e.evaluate(req),
    schedule: (req) => e.schedule(req),
    policies: () => e.policies(),
    /** Apply a portal's override (null: back to the built-in data). */
    async configure(o) {
      if (o === null || o === undefined) {
        e.configure(null);
        override = null;
      } else if (e.english) {
        e.configure(o);
        override = o;
      } else {
        await withEnglish(o);
      }
    },
    /** Make sure this engine answers in English too; true when it was remade for it
     *  (its policies() then have the English notes). */
    async english() {
      if (e.english) return false;
      remaking ??= withEnglish(override).finally(() => {
        remaking = null;
      });
      await remaking;
      return true;
    },
  };
}
