/**
 * Work that callers arriving together share or line up for, kept only while it
 * runs: nothing here outlives the call that started it, so no answer is ever
 * served from a cache. (Memoising libraries keep settled results, which is the
 * one thing these must not do; the few lines are written here for that reason.)
 */

const ignore = (): void => undefined;

/** One running promise per key; forgotten as soon as it settles. */
class Running<T> {
  private readonly running = new Map<string, Promise<T>>();

  get(key: string): Promise<T> | undefined {
    return this.running.get(key);
  }

  start(key: string, work: () => Promise<T>): Promise<T> {
    const promise = work();
    this.running.set(key, promise);
    const forget = () => {
      if (this.running.get(key) === promise) this.running.delete(key);
    };
    promise.then(forget, forget);
    return promise;
  }
}

/**
 * Callers asking the same question at the same time get one answer: the first
 * starts the work, the others wait for it. Only for answers that do not depend
 * on who asks. With `ownOnFailure`, a caller who joined work that then failed
 * does her own instead (the failure may have been the first caller's alone);
 * the first caller's failure is hers.
 */
export class SharedWhileRunning<T> {
  private readonly running = new Running<T>();

  share(key: string, work: () => Promise<T>, { ownOnFailure = false } = {}): Promise<T> {
    const running = this.running.get(key);
    if (!running) return this.running.start(key, work);
    return ownOnFailure ? running.catch(work) : running;
  }
}

/**
 * Attempts at the same thing, of which only one can succeed, take turns: an
 * attempt that finds another one running under its key waits until it has
 * settled (whatever its outcome), then makes its own, told that it waited (and
 * so may look at what the one before it did). Those that waited then run side
 * by side; an attempt arriving meanwhile waits for the first of them.
 */
export class OneAtATime {
  private readonly running = new Running<unknown>();

  async attempt<T>(key: string, work: (waited: boolean) => Promise<T>): Promise<T> {
    const ahead = this.running.get(key);
    if (ahead) await ahead.then(ignore, ignore);
    const waited = Boolean(ahead);
    if (this.running.get(key)) return work(waited);
    return this.running.start(key, () => work(waited)) as Promise<T>;
  }
}
