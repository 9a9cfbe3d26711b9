import { it } from 'vitest';
import { PATTERNS } from '../../bench/adversarial.mjs';
import { verify } from '../../src/pipeline/index.js';
import { shippedKnowledge } from '../helpers/knowledge.js';
const knowledge = shippedKnowledge();
function regexWork(fn: () => void): number {
  const exec = RegExp.prototype.exec; let work = 0;
  RegExp.prototype.exec = function (this: RegExp, input: string) {
    const from = this.global || this.sticky ? this.lastIndex : 0;
    const m = exec.call(this, input);
    const anchored = this.sticky || (this.source.startsWith('^') && !this.multiline);
    work += anchored ? (m ? m[0].length : 1) : m ? m.index + m[0].length - from : String(input).length - from;
    return m;
  };
  try { fn(); } finally { RegExp.prototype.exec = exec; }
  return work;
}
it('g', () => {
  for (const p of PATTERNS as any[]) {
    const out = [];
    for (const size of [4000, 10000, 25000]) {
      const work = (n: number) => regexWork(() => verify([{ path: `adversarial.${p.ext}`, content: p.make(n) }], knowledge));
      const [w1, w2, w4] = [work(size), work(2 * size), work(4 * size)];
      out.push(((w4 - w2) / Math.max(2 * (w2 - w1), 2 * size)).toFixed(2));
    }
    console.log('GROWTH', p.name, out.join(' '));
  }
}, 600_000);
