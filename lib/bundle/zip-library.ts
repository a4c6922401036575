/**
 * The one place that loads @zip.js/zip.js and sets it up. Its "custom" core: no web workers (the work is small, and
 * a worker made from a blob would need a looser content security policy) and no WebAssembly codec (about 100 KB
 * more in the offline cache); compression is the platform's own CompressionStream('deflate-raw'), in Chrome 103+,
 * Safari 16.4+, Firefox 113+ and Node 20. Used by the bundle's writer and reader only, which load on demand.
 */
import { configure } from '@zip.js/zip.js/lib/zip-core-custom.js';

configure({ useWebWorkers: false });

export * from '@zip.js/zip.js/lib/zip-core-custom.js';
