// How many requests run at once: a counting semaphore, and one per host on top of an overall one. Hand-written
// because it is twenty lines and first-come first-served order (the input order) is what we want.

/** A counting semaphore: at most `size` holders at once, the waiting served in the order they came. */
export class Semaphore {
  private active = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(private readonly size: number) {
    if (!(size >= 1)) throw new RangeError(`a limit of at least 1 was expected, got ${size}`);
  }

  /** Waits for a place; the function returned gives it back (call it once, in a finally). */
  async acquire(): Promise<() => void> {
    if (this.active < this.size) this.active++;
    // The place is handed over directly by release, so a newcomer cannot overtake those already waiting.
    else await new Promise<void>((resolve) => this.waiting.push(resolve));
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.waiting.shift();
      if (next) next();
      else this.active--;
    };
  }

  async run<T>(work: () => Promise<T>): Promise<T> {
    const release = await this.acquire();
    try {
      return await work();
    } finally {
      release();
    }
  }
}

/** One semaphore per key (a host), made when first needed. */
export class KeyedLimiter {
  private readonly byKey = new Map<string, Semaphore>();

  constructor(private readonly size: number) {}

  run<T>(key: string, work: () => Promise<T>): Promise<T> {
    let semaphore = this.byKey.get(key);
    if (!semaphore) this.byKey.set(key, (semaphore = new Semaphore(this.size)));
    return semaphore.run(work);
  }
}

/** Runs work as one request to a host, within whatever limits apply. */
export type Limit = <T>(host: string, work: () => Promise<T>) => Promise<T>;
