// pdfjs-dist's legacy build as the pane's bundle imports it (types: src/pdf/pdfjs-types.ts).
declare module 'pdfjs-dist/legacy/build/pdf.min.mjs' {
  const pdfjs: import('../pdf/pdfjs-types').Pdfjs;
  export = pdfjs;
}
// Importing the worker sets `globalThis.pdfjsWorker`, which pdfjs then runs in the page itself.
declare module 'pdfjs-dist/legacy/build/pdf.worker.min.mjs';
