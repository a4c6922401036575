// fontkit 2 ships no type declarations; the pack uses only `create` (see fontkit.ts).
declare module 'fontkit' {
  export function create(bytes: Uint8Array, postscriptName?: string): unknown;
}
