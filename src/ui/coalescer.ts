/**
 * Collects items and hands them over in one batch at most every `intervalMs`, so that a
 * stream of worker events costs the page one store update (one render) per interval.
 * `flushNow` delivers what is queued at once (for events that end a run).
 */
export class Coalescer<T> {
  private queue: T[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly deliver: (items: T[]) => void,
    private readonly intervalMs: number,
    private readonly schedule: (fn: () => void, ms: number) => ReturnType<typeof setTimeout> = (fn, ms) => setTimeout(fn, ms),
    private readonly cancel: (timer: ReturnType<typeof setTimeout>) => void = (timer) => clearTimeout(timer),
  ) {}

  push(item: T): void {
    this.queue.push(item);
    if (this.timer === undefined) this.timer = this.schedule(() => this.flushNow(), this.intervalMs);
  }

  flushNow(): void {
    if (this.timer !== undefined) this.cancel(this.timer);
    this.timer = undefined;
    if (this.queue.length === 0) return;
    const items = this.queue;
    this.queue = [];
    this.deliver(items);
  }

  get pending(): number {
    return this.queue.length;
  }
}
