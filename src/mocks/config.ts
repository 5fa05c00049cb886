/**
 * Knobs of the mock backend, set once at start-up (browser.ts reads them from Vite env; tests set them
 * directly). `delay`: 'real' for MSW's realistic random latency, or fixed milliseconds.
 */
export const mockConfig = {
  delay: 0 as number | 'real',
  /** Generated containers on top of the real seed ones. */
  size: 300,
  /** Time between build events in the trace stream. */
  buildStepMs: 0,
  /** Namespace prefixes the server config knows (all shipped configs define only "ts"). */
  namespacePrefixes: ['ts'],
  /** Where the server would push built images (harbor registry/namespace of the shipped config). */
  buildRegistry: '10.10.10.240/library',
}
