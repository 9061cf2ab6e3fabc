/**
 * Bounded waits on a condition. Scenarios wait for what the screen shows, never for a
 * fixed time: `until` re-reads the state until the predicate holds or the deadline passes,
 * and then fails with the last state it saw, so a failure says what was on screen.
 */

export interface UntilOptions {
  /** Upper bound, in ms. */
  timeout?: number;
  /** What is being waited for, for the error message. */
  what: string;
}

/**
 * Calls `read` until `accept(value)` is true and returns that value; throws after
 * `timeout` ms with the last value read (or the last error thrown by `read`).
 */
export async function until<T>(read: () => Promise<T>, accept: (value: T) => boolean, opts: UntilOptions): Promise<T> {
  const deadline = Date.now() + (opts.timeout ?? 20_000);
  let last: { value?: T; error?: unknown } = {};
  for (;;) {
    try {
      const value = await read();
      if (accept(value)) return value;
      last = { value };
    } catch (error) {
      last = { error };
    }
    if (Date.now() > deadline) {
      const seen = 'error' in last && last.error !== undefined ? String(last.error) : JSON.stringify(last.value, null, 2);
      throw new Error(`timed out after ${opts.timeout ?? 20_000} ms waiting for ${opts.what}; last seen: ${seen}`);
    }
    // Re-read soon: the DOM changes on its own schedule and exposes no event to the test.
    await new Promise((r) => setTimeout(r, 100));
  }
}
