/**
 * Knobs of the mock backend, set once at start-up (browser.ts reads them from Vite env; tests set them
 * directly). `delay`: 'real' for MSW's realistic random latency, or fixed milliseconds.
 */
export const mockConfig = {
  delay: 0 as number | 'real',
  /** Generated containers on top of the real seed ones. */
  size: 300,
  /**
   * The one knob of build timing: the delay between two events of a build's trace stream, in ms (the
   * stream sends each event this long after the previous one). 0 sends them all at once.
   */
  buildStepMs: 0,
  /** Namespace prefixes the server config knows (all shipped configs define only "ts"). */
  namespacePrefixes: ['ts'],
  /** Where the server would push built images (harbor registry/namespace of the shipped config). */
  buildRegistry: '10.10.10.240/library',
}
