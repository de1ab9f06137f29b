import type { Logger } from './logger.js';

/**
 * A job that works in rounds: on a timer, and at once when nudged (something was
 * just committed). Rounds never overlap within a process; a failed round is tried
 * again after a delay that doubles up to half a minute.
 */
export abstract class PeriodicWorker {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private again = false;
  private stopped = true;
  private failures = 0;

  protected constructor(
    private readonly what: string,
    protected readonly logger: Logger,
    private readonly intervalMs: number,
  ) {}

  /** One round of work; resolves true when more is waiting, so the next round starts at once. */
  protected abstract round(): Promise<boolean>;

  start(): void {
    this.stopped = false;
    this.schedule(0);
  }

  /** Work soon: something was just committed. */
  nudge(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.schedule(0);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }

  protected get isStopped(): boolean {
    return this.stopped;
  }

  private schedule(delayMs: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.tick(), delayMs);
    this.timer.unref();
  }

  private tick(): void {
    if (this.stopped || this.running) return;
    this.running = this.round()
      .then((more) => {
        this.failures = 0;
        if (more) this.again = true;
      })
      .catch((error: unknown) => {
        this.failures += 1;
        this.logger.warn({ err: error, failures: this.failures }, `${this.what} failed; will retry`);
      })
      .finally(() => {
        this.running = undefined;
        if (this.stopped) return;
        const delay = this.failures ? Math.min(this.intervalMs * 2 ** this.failures, 30_000) : this.intervalMs;
        this.schedule(this.again && !this.failures ? 0 : delay);
        this.again = false;
      });
  }
}
