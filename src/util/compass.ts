// Compass bearings as news states them ("north-west of", "WSW of"): read into a point of the 16-point rose,
// and compared allowing for how finely each was stated.

/** The 16 points, clockwise from north; a point's angle is its index × 22.5°. */
const POINTS = ['N', 'NNE', 'NE', 'ENE', 'E', 'ESE', 'SE', 'SSE', 'S', 'SSW', 'SW', 'WSW', 'W', 'WNW', 'NW', 'NNW'];
const LETTER: Record<string, string> = { north: 'N', south: 'S', east: 'E', west: 'W' };

/** "north-west", "northwest", "north west", "NW", "west-southwest" → the point ("NW", "WSW"); undefined for anything else. */
export function compassPoint(words: string): string | undefined {
  const parts = words.toLowerCase().match(/north|south|east|west/g);
  const point = parts ? parts.map((w) => LETTER[w]).join('') : words.toUpperCase();
  return POINTS.includes(point) ? point : undefined;
}

/**
 * How two stated bearings relate. A bearing stands for a sector as wide as the rose it was told in: "north"
 * may be anything from north-east to north-west (±45°), "north-west" ±22.5°, "west-northwest" ±11.25°. The same
 * when one lies in the other's sector; apart when their sectors do not even touch; else close.
 */
export function relateBearings(a: string, b: string): 'same' | 'close' | 'apart' {
  const gap = Math.abs(POINTS.indexOf(a) - POINTS.indexOf(b)) * 22.5;
  const angle = Math.min(gap, 360 - gap);
  const [ha, hb] = [halfSector(a), halfSector(b)];
  if (angle > ha + hb) return 'apart';
  return angle <= Math.max(ha, hb) ? 'same' : 'close';
}

const halfSector = (point: string) => 45 / 2 ** (point.length - 1);
