// Imported first by the command line, before any pattern runs.
import { setFlagsFromString } from 'node:v8';

// V8 first interprets a regular expression and compiles it only once it has run a while. Our claim patterns
// are large alternations that every sentence runs, so a short run spent ~0.1 s of its start-up in the
// interpreter; compiling them at once costs less and makes no difference to long runs (measured).
setFlagsFromString('--no-regexp-tier-up');
