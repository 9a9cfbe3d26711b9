// Option values the subcommands share, each read one way: a bad one is commander's usage error, exit code 2.
import { InvalidArgumentError } from 'commander';
import { isoDay } from '../util/days.js';

/** --as-of: a real calendar day as YYYY-MM-DD. */
export function parseDay(value: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const day = m && isoDay(Number(m[1]), Number(m[2]), Number(m[3]));
  if (!day) throw new InvalidArgumentError('expected a date as YYYY-MM-DD.');
  return day;
}

/** --jobs: worker threads, 0 = by input size. */
export function parseJobs(value: string): number {
  if (!/^\d{1,2}$/.test(value)) throw new InvalidArgumentError('expected a whole number of threads (0 = by input size).');
  return Number(value);
}

/** A whole number, 0 or more (--max-variances). */
export function parseCount(value: string): number {
  if (!/^\d{1,9}$/.test(value)) throw new InvalidArgumentError('expected a whole number, 0 or more.');
  return Number(value);
}

/** --timeout: whole seconds, 1 to 600. */
export function parseSeconds(value: string): number {
  const seconds = /^\d{1,3}$/.test(value) ? Number(value) : 0;
  if (seconds < 1 || seconds > 600) throw new InvalidArgumentError('expected whole seconds, 1 to 600.');
  return seconds;
}

/** A repeatable option's values, in the order given. */
export const collect = (value: string, previous: string[]) => [...previous, value];
