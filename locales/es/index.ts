import common from './common.json';

/** Every namespace of this language, bundled into the build. */
export const RESOURCES = { common } as const;
