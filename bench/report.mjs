// The benchmark's figures as Markdown (reports/bench.md), with the derived ones: the time ratio when the corpus
// doubles and the figures at the target size, measured when that size ran, else extrapolated and labelled so.
import { median } from './measure.mjs';

const MB = 1e6;
export const TARGETS = { coldRatio: 2.5, doubling: 2.2, bigArticles: 100_000, bigSeconds: 60, bigMiB: 1536, chronoRatio: 1.5, articleRatio: 3 };

const n = (x) => x.toLocaleString('en-US');
const f = (x, digits = 2) => (x === undefined || Number.isNaN(x) ? '—' : x.toFixed(digits));
const mbps = (r) => r.bytes / MB / r.seconds;
const met = (ok) => (ok === undefined ? 'unknown' : ok ? '**yes**' : '**no**');

/** Exponent k of time ∝ articles^k between two finished runs. */
const exponent = (a, b) => Math.log(b.seconds / a.seconds) / Math.log(b.articles / a.articles);

/** t(2n)/t(n): measured on a pair of finished sizes about 2× apart, else bounded by a run that did not finish, else from k. */
export function doubling(rows) {
  const done = rows.filter((r) => r.status === 'ok');
  const near2 = (a, b) => b.articles / a.articles >= 1.8 && b.articles / a.articles <= 2.2;
  const pairs = done.flatMap((a) => done.filter((b) => near2(a, b)).map((b) => [a, b]));
  if (pairs.length) {
    const [a, b] = pairs.at(-1);
    const ratio = (ta, tb) => (tb / ta) * ((2 * a.articles) / b.articles);
    const runs = Math.min(a.repeats?.length ?? 1, b.repeats?.length ?? 1);
    if (runs < 2) return { ratio: ratio(a.seconds, b.seconds), text: `${n(a.articles)} → ${n(b.articles)} articles`, kind: 'measured', a, b };
    // Interleaved pairs (--pairs): the median ratio, every ratio shown.
    const ratios = a.repeats.slice(0, runs).map((ta, i) => ratio(ta, b.repeats[i]));
    const text = `${n(a.articles)} → ${n(b.articles)} articles, median of ${runs} alternating pairs: ${ratios.map((r) => `${f(r)}×`).join(', ')}`;
    return { ratio: median(ratios), text, kind: 'measured', a, b };
  }
  const over = rows.find((r) => r.status === 'timeout');
  const before = over && done.filter((r) => near2(r, over)).at(-1);
  if (before) return { ratio: over.seconds / before.seconds, text: `${n(before.articles)} → ${n(over.articles)}, which did not finish`, kind: 'lower bound' };
  if (done.length >= 2) {
    const k = exponent(done.at(-2), done.at(-1));
    return { ratio: 2 ** k, text: `2^k, k = ${f(k)} from ${n(done.at(-2).articles)} → ${n(done.at(-1).articles)}`, kind: 'estimated' };
  }
  return undefined;
}

/**
 * Time and memory at `articles`: measured, or extrapolated from the largest finished runs (time at least linear).
 * With one finished run, memory grows from the cold start's (five articles) to it.
 */
export function atSize(rows, articles, cold) {
  const row = rows.find((r) => r.articles === articles && r.status === 'ok');
  if (row) return { seconds: row.seconds, rssMB: row.rssMB, kind: 'measured' };
  const done = rows.filter((r) => r.status === 'ok');
  const last = done.at(-1);
  if (!last) return undefined;
  const prev = done.at(-2);
  const k = prev ? Math.max(1, exponent(prev, last)) : 1;
  let seconds = last.seconds * (articles / last.articles) ** k;
  // A run that did not finish bounds the time from below, growing at least linearly from there.
  const over = rows.filter((r) => r.status === 'timeout' && r.articles <= articles).at(-1);
  const floor = over ? over.seconds * (articles / over.articles) : 0;
  const lowerBound = floor > seconds;
  seconds = Math.max(seconds, floor);
  const base = prev ?? { articles: 5, rssMB: cold.rssMB };
  const slope = Math.max(0, (last.rssMB - base.rssMB) / (last.articles - base.articles));
  const rssMB = last.rssMB + slope * (articles - last.articles);
  const basis = prev ? `time ∝ articles^${f(k)} from ${n(prev.articles)} → ${n(last.articles)}` : `time linear from ${n(last.articles)}`;
  const memory = `memory linear from ${prev ? n(prev.articles) : 'the cold start'} → ${n(last.articles)} (rough: small runs are dominated by fixed costs such as worker threads)`;
  return { seconds, rssMB, lowerBound, kind: 'extrapolated', basis: `${basis}${over ? `, at least linear from ${n(over.articles)} not finishing in ${f(over.seconds, 0)} s` : ''}; ${memory}` };
}

function status(r) {
  if (r.status === 'ok') return 'ok';
  if (r.status === 'timeout') return `did not finish in ${f(r.seconds, 0)} s`;
  if (r.status === 'skipped') return `not run (${r.because})`;
  return `failed: ${r.error}`;
}

export function renderReport(result) {
  const { machine: m, cold, sizes, chrono, throughput: tp, stages: st, jobs, profiles = [], notes, opts } = result;
  const dbl = doubling(sizes);
  const big = atSize(sizes, TARGETS.bigArticles, cold);
  const bigLabel = big?.kind === 'extrapolated' ? ' (extrapolated)' : '';
  const chronoRatio = tp && mbps(tp) / mbps(chrono);
  const L = [];
  L.push('# verify benchmark', '');
  L.push(`${m.date} · ${m.cores} cores (nproc) · ${m.cpu} · ${f(m.memoryGB, 1)} GiB RAM · node ${m.node} · commit ${m.commit}` +
    ` · ${opts.quick ? '`--quick` · ' : ''}peak memory from ${m.gnuTime ? 'GNU time (%M)' : 'process.resourceUsage() in a wrapper'}`, '');
  L.push('## Targets', '', '| target | measured | met |', '|---|---|---|');
  L.push(`| cold start ≤ ${TARGETS.coldRatio}× bare \`node -e 0\` | ${f(cold.ratio)}× (${f(cold.verify, 3)} s vs ${f(cold.node, 3)} s) | ${met(cold.ratio <= TARGETS.coldRatio)} |`);
  const dblMet = !dbl ? undefined : dbl.kind === 'lower bound' ? (dbl.ratio > TARGETS.doubling ? false : undefined) : dbl.ratio <= TARGETS.doubling;
  L.push(`| time when the corpus doubles ≤ ${TARGETS.doubling}× | ${dbl ? `${dbl.kind === 'lower bound' ? '> ' : ''}${f(dbl.ratio)}× (${dbl.kind}: ${dbl.text})` : '—'} | ${met(dblMet)} |`);
  L.push(`| ${n(TARGETS.bigArticles)} articles ≤ ${TARGETS.bigSeconds} s | ${big ? `${big.lowerBound ? '≥ ' : ''}${f(big.seconds, 0)} s${bigLabel}` : '—'} | ${met(big && big.seconds <= TARGETS.bigSeconds)} |`);
  L.push(`| ${n(TARGETS.bigArticles)} articles ≤ 1.5 GiB peak | ${big ? `${f(big.rssMB, 0)} MiB${bigLabel}` : '—'} | ${met(big && big.rssMB <= TARGETS.bigMiB)} |`);
  L.push(`| end-to-end ≥ ${TARGETS.chronoRatio}× chrono's parser alone | ${chronoRatio ? `${f(chronoRatio)}× (${f(mbps(tp))} vs ${f(mbps(chrono))} MB/s)` : '—'} | ${met(chronoRatio && chronoRatio >= TARGETS.chronoRatio)} |`);
  const articleRatio = st?.analyze && mbps(st.analyze) / mbps(chrono);
  L.push(`| per-article half ≥ ${TARGETS.articleRatio}× chrono's parser alone | ${articleRatio ? `${f(articleRatio)}× (${f(mbps(st.analyze))} vs ${f(mbps(chrono))} MB/s)` : '—'} | ${met(articleRatio && articleRatio >= TARGETS.articleRatio)} |`);
  if (big?.kind === 'extrapolated') L.push('', `Extrapolated: ${big.basis}.`);
  L.push('', '## Cold start', '', `Median of ${cold.runs} runs each, alternating: bare \`node -e 0\` ${f(cold.node, 3)} s; \`verify sources --format json\` (the five bundled articles) ${f(cold.verify, 3)} s, peak ${f(cold.rssMB, 0)} MiB: **${f(cold.ratio)}×**.`);
  L.push('', '## Scaling', '', 'Whole process: `node dist/bundle/main.js <shard folders> --claims <claims> --format json` on copies of dist/ and claims/ taken at the start, stdout to a file (runs up to 50 MB, to count claims) or /dev/null. "Main events found" far below "events generated" means events were merged together or taken for background. Accuracy at scale, from the generated launch each file copies: "merged" counts main events holding sources of more than one launch; "conflicts across launches" counts conflicts between values of different launches (false contradictions), of which "same day" are between launches generated on one calendar day, which no text tells apart.', '');
  L.push('| articles | MB | events generated | main events found | merged | conflicts | across launches (same day) | time (s) | MB/s | claims | claims/s | peak RSS (MiB) | status |', '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|');
  for (const r of sizes) {
    const ok = r.status === 'ok';
    const accuracy = r.conflicts === undefined ? '— | — | —' : `${n(r.eventsMerged)} | ${n(r.conflicts)} | ${n(r.crossedConflicts)} (${n(r.crossedSameDay)})`;
    L.push(`| ${n(r.articles)} | ${f(r.bytes / MB, 1)}${r.estimated ? ' (est.)' : ''} | ${n(r.events)} | ${r.eventsFound ?? '—'} | ${accuracy} | ${r.status === 'skipped' ? '—' : f(r.seconds)} | ${ok ? f(mbps(r)) : '—'} | ${r.claims ?? '—'} | ${ok && r.claims !== undefined ? f(r.claims / r.seconds, 0) : '—'} | ${f(r.rssMB, 0)} | ${status(r)} |`);
  }
  if (big?.kind === 'extrapolated' && !sizes.some((r) => r.articles === TARGETS.bigArticles && r.status === 'ok'))
    L.push(`| ${n(TARGETS.bigArticles)} | | | | | | | ~${f(big.seconds, 0)} | | | | ~${f(big.rssMB, 0)} | extrapolated |`);
  L.push('', '## Throughput against chrono-node', '');
  L.push(`chrono.casual.parse alone, in-process, over every non-empty line of ${chrono.complete ? 'the same' : `the first ${n(chrono.files)} of the`} ${n(chrono.articles)} articles: ${f(chrono.bytes / MB, 1)} MB in ${f(chrono.seconds)} s = **${f(mbps(chrono))} MB/s** (${n(chrono.paragraphs)} paragraphs, ${n(chrono.dates)} dates).`);
  if (tp) L.push('', `verify end to end on ${n(tp.articles)} articles (${f(tp.bytes / MB, 1)} MB): **${f(mbps(tp))} MB/s, ${f(tp.claims / tp.seconds, 0)} claims/s**, peak ${f(tp.rssMB, 0)} MiB — ${f(chronoRatio)}× chrono.` +
    (tp.bytes < 20 * MB ? ` (Below the 20–50 MB asked for: ${sizes.some((r) => r.status !== 'ok' && r.bytes <= 50 * MB) ? 'bigger corpora did not finish' : 'no bigger size was run'}.)` : ''));
  const md = result.markdown;
  if (md) L.push('', `The default output (\`npm run verify\`: terminal summary and \`report.md\`, no JSON) on the same ${n(md.articles)} articles: ${md.status === 'ok' ? `${f(md.seconds)} s = ${f(md.bytes / MB / md.seconds)} MB/s, peak ${f(md.rssMB, 0)} MiB, a ${f(md.reportBytes / MB, 1)} MB report` : md.status}.`);
  L.push('', '## The two halves of the pipeline', '');
  if (st?.analyze) {
    const a = st.analyze;
    L.push(`In one thread, in-process (\`bench/stages.mjs\`), on ${a.articles < a.of ? `the first ${n(a.articles)} of ` : ''}the ${n(a.of)} articles chrono read:`, '');
    L.push(`- per article (ingest + extract, \`Analyzer\`: what a stream spreads over any number of cores): ${f(a.seconds)} s = **${f(a.bytes / MB / a.seconds)} MB/s, ${f(a.articles / a.seconds, 0)} articles/s per core**, ${n(a.candidates)} candidate claims;`);
    L.push(`- across articles (publication days, normalize, events, compare, \`combine\`): ${st.combine ? `${f(st.combine.seconds)} s` : st.error}.`);
    if (st.floor) {
      const fl = st.floor;
      const budget = fl.bytes / MB / (TARGETS.articleRatio * mbps(chrono));
      const left = budget - fl.ingestSeconds - fl.tokenSeconds;
      L.push('', `What bounds the per-article target, measured in the same process after the pass above (so warm, the fastest these steps get): ${TARGETS.articleRatio}× chrono is ${f(TARGETS.articleRatio * mbps(chrono))} MB/s, **${f(budget, 3)} s** for these ${f(fl.bytes / MB, 1)} MB. Ingest alone (decoding, HTML and Markdown, blocks, metadata) takes **${f(fl.ingestSeconds, 3)} s**; splitting every sentence and tokenising it once (${n(fl.words)} words), recognising nothing, **${f(fl.tokenSeconds, 3)} s**. ${left > 0 ? `That leaves ${f(left, 3)} s (${f((100 * left) / budget, 0)} % of the budget) for every recogniser, cue, refiner and candidate, where today's cold pass spends ${f(a.seconds - fl.ingestSeconds - fl.tokenSeconds, 2)} s on them.` : 'That alone is over the budget, before any value is recognised.'}`);
    }
  } else L.push(`Not measured: ${st?.error ?? 'no corpus'}.`);
  L.push('', '## Worker threads', '');
  if (!jobs) L.push('`--jobs` exists, but no size finished to compare on.');
  else if (jobs.absent) L.push('The CLI has no `--jobs` option yet (checked in `--help`).');
  else L.push(`At ${n(jobs.articles)} articles: default ${f(jobs.defaultRow.seconds)} s, ${f(jobs.defaultRow.rssMB, 0)} MiB; \`--jobs 1\` ${jobs.one.status === 'ok' ? `${f(jobs.one.seconds)} s, ${f(jobs.one.rssMB, 0)} MiB (the default takes ${f(jobs.defaultRow.seconds / jobs.one.seconds)}× the time of one thread)` : status(jobs.one)}.`);
  for (const profile of profiles) {
    L.push('', `## Profile: ${profile.label} (self time, all threads, \`node --cpu-prof\`)`, '');
    if (profile.error) L.push(profile.error);
    else L.push('| # | function | self ms | share |', '|---:|---|---:|---:|', ...profile.top.map((t, i) => `| ${i + 1} | \`${t.fn}\` | ${f(t.ms, 0)} | ${f(t.share * 100, 1)} % |`));
  }
  L.push('', '## How', '');
  L.push('- Corpora are copies of the five bundled articles (`sources/`) with the launch date, weekday, time, launch site, province, coast and sea, missile type, distances, altitude, flight time and the background test and salvo rewritten per event; 2–5 outlets per event, ~11 % of copies with a conflicting figure, a broken conversion or a weekday off by one. Launch days spread over 2000–2029 at every size, so a bigger corpus has more events per day. A smaller corpus is a prefix of a bigger one.');
  L.push('- MB = 10⁶ bytes of article files as read (HTML markup included); MiB = 2²⁰ bytes. Claims = `values` over all findings of the JSON report.');
  L.push(`- Each run is stopped after ${opts.timeout} s; sizes above one that did not finish are not run. Extrapolations assume time grows at least linearly.`);
  const busy = Math.max(m.loadStart, m.loadEnd ?? 0) > m.cores / 2;
  L.push(`- Load average (1 min): ${f(m.loadStart)} at the start, ${f(m.loadEnd)} at the end${busy ? ' — a busy machine: the figures are slower and noisier than an idle one would give' : ''}.`);
  for (const note of notes) L.push(`- ${note}`);
  return `${L.join('\n')}\n`;
}
