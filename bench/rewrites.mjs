// The rewrites that turn the five bundled sample articles into other events: for each sample file, the literal
// strings replaced and what replaces them, with the launch sites, seas and missile types drawn from. Data for
// corpus.mjs, kept apart from its mechanism.

export const DAY_MS = 86_400_000;
const KM_PER_MILE = 1.609344;

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const AP_MONTHS = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];
export const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
export const COUNT_WORDS = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight'];

/** Launch sites the places pack knows, with their province and the coast (and so the sea) they fire toward. */
export const SITES = [
  ['Sinpo', 'South Hamgyong Province', 'east'], ['Hamhung', 'South Hamgyong Province', 'east'],
  ['Mayang Island', 'South Hamgyong Province', 'east'], ['Wonsan', 'Kangwon Province', 'east'],
  ['Tongchon', 'Kangwon Province', 'east'], ['Musudan-ri', 'North Hamgyong Province', 'east'],
  ['Hwadae', 'North Hamgyong Province', 'east'], ['Kilju', 'North Hamgyong Province', 'east'],
  ['Chongjin', 'North Hamgyong Province', 'east'], ['Kanggye', 'Chagang Province', 'east'],
  ['Tongchang-ri', 'North Pyongan Province', 'west'], ['Kusong', 'North Pyongan Province', 'west'],
  ['Sinuiju', 'North Pyongan Province', 'west'], ['Sukchon', 'South Pyongan Province', 'west'],
  ['Pukchang', 'South Pyongan Province', 'west'], ['Sunchon', 'South Pyongan Province', 'west'],
  ['Anju', 'South Pyongan Province', 'west'], ['Kanggye', 'Chagang Province', 'west'],
].map(([name, province, coast]) => ({ name, province, coast }));
export const SEAS = { east: { name: 'Sea of Japan', alias: 'East Sea' }, west: { name: 'Yellow Sea', alias: 'West Sea' } };

/** Missile types: the adjective that replaces "medium-range", its title case, the abbreviation, "a" or "an". */
export const TYPES = [
  { adj: 'short-range', title: 'Short-Range', abbr: 'SRBM', a: 'a' },
  { adj: 'medium-range', title: 'Medium-Range', abbr: 'MRBM', a: 'a' },
  { adj: 'intermediate-range', title: 'Intermediate-Range', abbr: 'IRBM', a: 'an' },
  { adj: 'intercontinental', title: 'Intercontinental', abbr: 'ICBM', a: 'an' },
];

// Dates as the samples write them.
const pad = (n) => String(n).padStart(2, '0');
const iso = (d) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
const slashed = (d) => iso(d).replaceAll('-', '/');
const ap = (d) => `${AP_MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}`;
const monthDay = (d) => `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}`;
const dayMonth = (d) => `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]}`;
const partOfMonth = (d) => `${d.getUTCDate() <= 10 ? 'early ' : d.getUTCDate() <= 20 ? 'mid-' : 'late '}${MONTHS[d.getUTCMonth()]}`;
const thousands = (n) => n.toLocaleString('en-US');
export const miles = (km) => Math.round(km / KM_PER_MILE);
export const round10 = (n) => Math.round(n / 10) * 10;

/**
 * Each sample file and the literal strings rewritten in it, in order: a literal already replaced is not matched
 * again, so longer literals come first, and literals mapped to themselves (`same`) protect text (the FAQ's
 * classification) from the general rewrites after them. Every literal must occur in the file, except for the
 * shared rewrites marked 'optional'.
 */
const same = (s) => [s, () => s];
const WEEKDAY = ['Thursday', (p) => p.weekday, 'optional'];
const SITE = ['Sinpo', (p) => p.site.name, 'optional'];
const SEA_BOTH = ['Sea of Japan (East Sea)', (p) => `${p.sea.name} (${p.sea.alias})`, 'optional'];
const SEA = ['Sea of Japan', (p) => p.sea.name, 'optional'];
const SEA_ALIAS = ['East Sea', (p) => p.sea.alias, 'optional'];
const COAST = ['east coast', (p) => `${p.site.coast} coast`, 'optional'];
const EASTERN = ['eastern', (p) => `${p.site.coast}ern`, 'optional'];
const A_TYPE = ['a medium-range', (p) => `${p.type.a} ${p.type.adj}`, 'optional'];
const TYPE = ['medium-range', (p) => p.type.adj, 'optional'];
const SALVO_LATE = ['late January', (p) => partOfMonth(p.salvo), 'optional'];
const PREV_MONTH = ['last October', (p) => (p.prev.getUTCFullYear() < p.day.getUTCFullYear() ? 'last ' : 'in ') + MONTHS[p.prev.getUTCMonth()], 'optional'];

export const FILES = [
  {
    file: '2026-03-12-wire.txt',
    name: (p) => `${iso(p.day)}-wire.txt`,
    rewrites: [
      ['Oct. 22, 2025', (p) => `${ap(p.prev)}, ${p.prev.getUTCFullYear()}`],
      ['flew about 350 km', (p) => `flew about ${p.prevKm} km`],
      ['SEOUL, March 12', (p) => `SEOUL, ${ap(p.day)}`],
      ['at 7:40 a.m.', (p) => `at ${p.hour}:${pad(p.minute)} a.m.`],
      ['South Hamgyong Province', (p) => p.site.province],
      ['flew about 560 miles', (p) => `flew about ${thousands(round10(p.miles))} miles`],
      ['roughly 217 miles', (p) => `roughly ${miles(p.prevKm)} miles`],
      A_TYPE, TYPE, SITE, SEA_ALIAS, COAST, WEEKDAY, SALVO_LATE, PREV_MONTH,
    ],
  },
  {
    file: 'harbor-times.md',
    name: () => 'harbor-times.md',
    rewrites: [
      ['published: 2026-03-13', (p) => `published: ${iso(new Date(p.day.getTime() + DAY_MS))}`],
      ['MRBM', (p) => p.type.abbr],
      ['around 7:40 a.m.', (p) => `around ${p.hour}:${pad(p.minute)} a.m.`],
      ['roughly 900 kilometres (560 miles)', (p) => `roughly ${thousands(p.km)} kilometres (${thousands(round10(p.miles))} miles)`],
      ['altitude of about 1,100 km', (p) => `altitude of about ${thousands(p.altitude)} km`],
      ['since 27 January', (p) => `since ${dayMonth(p.salvo)}`],
      ['four short-range', (p) => `${p.salvoCount} short-range`],
      ['flew about 350 km', (p) => `flew about ${p.prevKm} km`],
      ['roughly 50 km', (p) => `roughly ${p.prevAltitude} km`],
      A_TYPE, TYPE, SITE, SEA, EASTERN, COAST, WEEKDAY, PREV_MONTH,
    ],
  },
  {
    file: 'pacific-courier.html',
    name: () => 'pacific-courier.html',
    rewrites: [
      ['2026-03-12T', (p) => `${iso(p.day)}T`],
      ['2026/03/12/north-korea-sinpo-missile', (p) => `${slashed(p.day)}/north-korea-${p.site.slug}-missile`],
      ['/media/2026/03/', (p) => `/media/${slashed(p.day).slice(0, 7)}/`],
      ['March 12, 2026', (p) => `${monthDay(p.day)}, ${p.day.getUTCFullYear()}`],
      ['Jan. 27, 2026', (p) => `${ap(p.salvo)}, ${p.salvo.getUTCFullYear()}`],
      ['four short-range', (p) => `${p.salvoCount} short-range`],
      ['before 8&nbsp;a.m.', (p) => `before ${p.hour + 1}&nbsp;a.m.`],
      ['about 1,100&nbsp;km', (p) => `about ${thousands(p.altitude)}&nbsp;km`],
      ['2026/01/27', (p) => slashed(p.salvo)],
      ['2025/10/22', (p) => slashed(p.prev)],
      ['flies 350&nbsp;km in October', (p) => `flies ${p.prevKm}&nbsp;km in ${MONTHS[p.prev.getUTCMonth()]}`],
      ['2026/02/14', (p) => slashed(new Date(p.day.getTime() - 26 * DAY_MS))],
      ['&copy; 2026', (p) => `&copy; ${p.day.getUTCFullYear()}`],
      A_TYPE, TYPE, SITE, SEA_ALIAS, COAST,
    ],
  },
  {
    file: 'strategic-pulse.md',
    name: () => 'strategic-pulse.md',
    rewrites: [
      same('What counts as a medium-range ballistic missile?'),
      same('a medium-range ballistic missile (MRBM)'),
      ['Medium-Range', (p) => p.type.title],
      ['on 12 March', (p) => `on ${dayMonth(p.day)}`],
      ['some 900 km', (p) => `some ${thousands(p.km)} km`],
      ['apogee of 1,100 kilometers', (p) => `apogee of ${thousands(p.altitude)} kilometers`],
      ['about 14 minutes', (p) => `about ${p.minutes} minutes`],
      A_TYPE, TYPE, SITE, SEA_BOTH, EASTERN, COAST, SALVO_LATE,
    ],
  },
  {
    file: 'tsushima-observer.txt',
    name: () => 'tsushima-observer.txt',
    rewrites: [
      ['Thursday 12 March 2026', (p) => `${p.weekday} ${dayMonth(p.day)} ${p.day.getUTCFullYear()}`],
      ["waters off the Korean Peninsula's east coast", (p) => `waters off the Korean Peninsula's ${p.site.coast} coast`],
      // The bundled copy's figure is its one contradiction (the apogee taken for the distance); here it is the event's.
      ['around 1,100km (684 miles)', (p) => `around ${thousands(p.km)}km (${thousands(p.miles)} miles)`],
      ['around 840 seconds', (p) => `around ${thousands(p.minutes * 60)} seconds`],
      ['by 2028', (p) => `by ${p.day.getUTCFullYear() + 2}`],
      ['Copyright 2026', (p) => `Copyright ${p.day.getUTCFullYear()}`],
      COAST, WEEKDAY,
    ],
  },
];

