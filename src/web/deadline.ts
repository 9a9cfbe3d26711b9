// One URL's time limit, started when its first request goes out rather than when it was queued: waiting behind
// other pages of a busy host is not the page being slow.
import { PageError, timeoutReason } from './reasons.js';

export class Deadline {
  private readonly controller = new AbortController();
  private timer: NodeJS.Timeout | undefined;
  /** Whether the time ran out (rather than something else aborting). */
  expired = false;

  constructor(private readonly ms: number) {}

  /** Aborted when the time runs out, with the 'timed out after … s' reason. */
  get signal(): AbortSignal {
    return this.controller.signal;
  }

  /** Starts the clock; later calls do nothing. */
  start(): void {
    if (this.timer || this.expired) return;
    this.timer = setTimeout(() => {
      this.expired = true;
      this.controller.abort(new PageError(timeoutReason(this.ms)));
    }, this.ms);
  }

  stop(): void {
    clearTimeout(this.timer);
  }
}
