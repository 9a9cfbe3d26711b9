// File-system errors in words: a CI log should say "permission denied", not "EACCES" alone or a stack trace.

const WORDS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  ENOENT: 'no such file or folder',
  ENOTDIR: 'a path component is not a folder',
  EISDIR: 'is a folder',
  EEXIST: 'already exists',
  ELOOP: 'too many symbolic links',
  ENAMETOOLONG: 'name too long',
  EIO: 'input/output error',
  EMFILE: 'too many open files',
  ENFILE: 'too many open files',
  ENOSPC: 'no space left on device',
  EDQUOT: 'disk quota exceeded',
  EROFS: 'read-only file system',
  EBUSY: 'busy',
  EINVAL: 'invalid argument',
  ENXIO: 'no such device',
};

/** "permission denied (EACCES)"; an error without a code gives its message. */
export function describeFsError(err: unknown): string {
  const code = (err as NodeJS.ErrnoException)?.code;
  if (code && code in WORDS) return `${WORDS[code]} (${code})`;
  if (code) return code;
  return err instanceof Error ? err.message : String(err);
}
