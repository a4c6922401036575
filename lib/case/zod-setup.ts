/**
 * zod settings, imported first by every module that builds schemas (zod reads them when a schema is built).
 * The app's Content-Security-Policy forbids eval, so zod must not compile validators, nor even probe whether it may:
 * browsers report the probe as a policy violation even though zod catches it.
 */
import * as z from 'zod';

z.config({ jitless: true });
