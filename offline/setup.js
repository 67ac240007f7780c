// The offline edition's first script, the only one in the page as it is: it unpacks the
// page's two payloads (offline/text7.js, then xz, inflated by xz-decompress's small wasm
// decoder: no fetch, so it works from file:// with the network off) and runs the rest.
//   huiqi-script: the element, the screening tab and the visitor stories (offline/entry.js);
//   huiqi-wasm:   the one engine, built with the list screening (`--features screen`), which
//                 both the form and the 名单筛查 tab use.
import { XzReadableStream } from 'xz-decompress';
import { decode7 } from './text7.js';

function unpack(id) {
  const el = document.getElementById(id);
  const packed = decode7(el.textContent, Number(el.getAttribute('data-bytes')));
  el.textContent = ''; // the text is not needed again
  return new Response(new XzReadableStream(new Blob([packed]).stream())).arrayBuffer();
}

// The script first (the smaller), so the form is drawn while the engine is unpacked.
const script = unpack('huiqi-script');
const engine = unpack('huiqi-wasm').then((b) => new Uint8Array(b));
engine.catch(() => {}); // a failure shows where the engine is awaited
globalThis.huiqiEngineSource = engine;
globalThis.huiqiScreenSource = () => engine;
script.then((bytes) => {
  const s = document.createElement('script');
  s.type = 'module';
  s.textContent = new TextDecoder().decode(bytes);
  document.body.append(s);
});
