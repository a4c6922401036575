/**
 * The one place that loads @zip.js/zip.js and sets it up: no web workers (the work is small, and a worker made
 * from a blob would need a looser content security policy), the platform's own CompressionStream where there is
 * one. Used by the bundle's writer and reader only, which are loaded on demand.
 */
import { configure } from '@zip.js/zip.js';

configure({ useWebWorkers: false });

export * from '@zip.js/zip.js';
