// One more try for a sample that failed: a browser hiccup on a busy machine should not throw
// away minutes of measurements. A second failure in a row is real and ends the run.

/**
 * `measure()`, run again once if it rejects; `log` says so.
 * @template T
 * @param {() => Promise<T>} measure
 * @param {string} what names the sample in the log
 * @param {(text: string) => void} log
 * @returns {Promise<T>}
 */
export async function retryOnce(measure, what, log) {
  try {
    return await measure();
  } catch (error) {
    log(`${what} failed (${error instanceof Error ? error.message : error}); measuring it again.`);
    return measure();
  }
}
