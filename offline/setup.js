// Decode the embedded, gzipped wasm before the widget asks for it.
async function embeddedWasm(id = 'huiqi-wasm') {
  const text = document.getElementById(id).textContent.trim();
  const bin = atob(text);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i += 1) bytes[i] = bin.charCodeAt(i);
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}
globalThis.huiqiEngineSource = embeddedWasm();
// The list screening's wasm (名单筛查): decoded only when its tab opens.
globalThis.huiqiScreenSource = () => embeddedWasm('huiqi-screen-wasm');
