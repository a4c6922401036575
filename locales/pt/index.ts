import common from './common.json';
import evidence from './evidence.json';
import journey from './journey.json';

/** Every namespace of this language, bundled into the build. */
export const RESOURCES = { common, evidence, journey } as const;
