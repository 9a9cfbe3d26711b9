// Imported first by the bundled command's launcher (launcher.ts), before any pattern of ours runs. Not by the ES-module
// build (dist/cli/main.js): changing a V8 flag after start-up is outside what V8 supports, and there, once the module
// loader had run its own patterns before and after the change, a run crashed in V8's regexp code (a segfault, seen
// when linkedom joined the module graph). The bundle loads one script after setting it, and its tests run it.
import { setFlagsFromString } from 'node:v8';

// V8 first interprets a regular expression and compiles it only once it has run a while. Our claim patterns
// are large alternations that every sentence runs, so a short run spent ~0.1 s of its start-up in the
// interpreter; compiling them at once costs less and makes no difference to long runs. Measured again after the
// one-pass tokeniser: a one-article run took 145 ms with it, 184 ms without (25 alternating runs, medians).
setFlagsFromString('--no-regexp-tier-up');
