import { describe, expect, it } from 'vitest';
import { threadsFor } from '../../src/cli/analyzeFiles.js';

describe('worker threads by default', () => {
  it('stay off for small inputs, so start-up does not pay for them', () => {
    expect(threadsFor(5, 2, 0)).toBe(1);
    expect(threadsFor(999, 8, 0)).toBe(1);
  });

  it('run one a core, at most four, for large inputs on two cores or more', () => {
    expect(threadsFor(1000, 2, 0)).toBe(2);
    expect(threadsFor(100_000, 16, 0)).toBe(4);
    expect(threadsFor(100_000, 1, 0)).toBe(1);
  });

  it('follow --jobs whatever the input', () => {
    expect(threadsFor(5, 2, 3)).toBe(3);
    expect(threadsFor(100_000, 16, 1)).toBe(1);
  });
});
