// Loads the package as an application would; the test calls window.huiqiPkg.evaluateJson.
import init, * as huiqi from './pkg/index.js';

init().then(
  () => {
    window.huiqiPkg = huiqi;
    window.huiqiReady = true;
  },
  (e) => {
    window.huiqiLoadError = String(e && (e.stack || e));
  },
);
