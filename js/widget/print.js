// Printing the results alone: for this one printout, a document-level print sheet hides
// the portal page around the widget (everything that neither is nor contains it).
const PRINTING = 'data-huiqi-printing';
let printSheet;
const supportsHas = () => typeof globalThis.CSS?.supports === 'function' && globalThis.CSS.supports('selector(:has(a))');

/** Returns the undo, or null where constructed sheets or :has() are missing (then the whole page prints). */
export function isolatePrint(host) {
  if (!('adoptedStyleSheets' in Document.prototype) || !supportsHas()) return null;
  if (!printSheet) {
    printSheet = new CSSStyleSheet();
    printSheet.replaceSync(`@media print {
      body *:not([${PRINTING}]):not(:has([${PRINTING}])) { display: none !important; }
      body, body :has([${PRINTING}]) { margin: 0 !important; padding: 0 !important; border: 0 !important; box-shadow: none !important; }
    }`);
  }
  host.setAttribute(PRINTING, '');
  if (!document.adoptedStyleSheets.includes(printSheet)) document.adoptedStyleSheets = [...document.adoptedStyleSheets, printSheet];
  return () => {
    host.removeAttribute(PRINTING);
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== printSheet);
  };
}

export function printIsolated(host) {
  const undo = isolatePrint(host);
  try {
    window.print();
  } finally {
    if (undo) window.addEventListener('afterprint', undo, { once: true });
  }
}

/** Copy text; resolves true when it worked. */
export async function copyText(text) {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
