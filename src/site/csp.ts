/**
 * The Content-Security-Policy of every page, full or embedded: only the site's own files run, no inline
 * or remote script. Pagefind's search needs WebAssembly and a worker; its UI sets inline styles.
 * Charts are plain SVG and need nothing.
 */
export const CSP = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "worker-src 'self' blob:",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');
