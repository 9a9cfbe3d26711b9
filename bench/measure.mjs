// Whole-process measurements: wall time (taken here, around the spawn) and peak resident memory of a `node` child,
// read from GNU time when /usr/bin/time is there, else from a tiny in-process wrapper (rusage.mjs). A run past its
// time limit is killed; GNU time still reports the memory it had reached.
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const GNU_TIME = '/usr/bin/time';
const WRAPPER = fileURLToPath(new URL('./rusage.mjs', import.meta.url));
const STDERR_KEEP = 2000;

/** Whether GNU time (with -f and -o) is usable; BSD time is not. */
export const hasGnuTime = existsSync(GNU_TIME) && spawnSync(GNU_TIME, ['-f', '%M', 'true'], { encoding: 'utf8' }).status === 0;

/** Pids of `pid`'s children (Linux), so a time limit can kill the measured process under GNU time. */
function childrenOf(pid) {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

/**
 * Runs `node ...nodeArgs` in `cwd`, stdout to `stdoutPath` (default /dev/null). Resolves to
 * { seconds, rssMB?, code, signal, timedOut, stderr }. `rss: false` skips the memory probe (bare node start).
 */
export function measure(nodeArgs, { cwd, stdoutPath = '/dev/null', timeoutS = 0, statsFile, rss = true }) {
  const out = openSync(stdoutPath, 'w');
  let command = process.execPath;
  let args = nodeArgs;
  if (rss && hasGnuTime) [command, args] = [GNU_TIME, ['-f', '%e %M', '-o', statsFile, process.execPath, ...nodeArgs]];
  else if (rss) args = [WRAPPER, statsFile, ...nodeArgs];
  rmSync(statsFile ?? '/nonexistent', { force: true });
  return new Promise((resolve) => {
    const started = process.hrtime.bigint();
    const child = spawn(command, args, { cwd, stdio: ['ignore', out, 'pipe'] });
    let stderr = '';
    let timedOut = false;
    child.stderr.on('data', (d) => (stderr = (stderr + d).slice(-STDERR_KEEP)));
    const timer = timeoutS > 0 && setTimeout(() => {
      timedOut = true;
      const victims = command === GNU_TIME ? childrenOf(child.pid) : [child.pid];
      for (const pid of victims.length ? victims : [child.pid]) process.kill(pid, 'SIGKILL');
    }, timeoutS * 1000);
    child.on('close', (code, signal) => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      if (timer) clearTimeout(timer);
      closeSync(out);
      resolve({ seconds, rssMB: rss ? peakMB(statsFile) : undefined, code, signal, timedOut, stderr });
    });
  });
}

/** The last "seconds kilobytes" line of the stats file (GNU time puts "Command exited…" lines above it), in MB. */
function peakMB(statsFile) {
  if (!existsSync(statsFile)) return undefined;
  const last = readFileSync(statsFile, 'utf8').trim().split('\n').pop() ?? '';
  const kb = Number(last.split(/\s+/)[1]);
  return Number.isFinite(kb) && kb > 0 ? kb / 1024 : undefined;
}

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

export const statsPath = (dir, name) => join(dir, `${name}.stats`);
