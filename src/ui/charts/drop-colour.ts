/**
 * A heat-map cell's colour: white at no accuracy drop to dark red at `max` (and beyond),
 * on a square-root scale so that drops of a point still show beside one of 80; a gain is pale blue.
 */
export function dropColour(drop: number, max: number): string {
  if (drop < 0) return '#e8f0fb';
  const t = Math.sqrt(Math.min(1, drop / Math.max(max, 1e-9)));
  const mix = (a: number, b: number) => Math.round(a + (b - a) * t);
  return `rgb(${mix(255, 165)},${mix(255, 15)},${mix(255, 21)})`;
}
