/**
 * Areas that differ by orders of magnitude (272 km² and a 10,000 m² plant: 27,200 times)
 * cannot share one drawing and stay visible: the plant's square would be 1 px. A zoom
 * ladder splits them into steps; inside a step every square is on one scale, and each
 * step enlarges the one before by a stated, round factor. Sides are √area × k, so areas,
 * never side lengths, carry the data.
 */

export interface ZoomStep {
  /** Indexes into the areas, largest first. */
  members: number[];
  /** How much larger this step draws areas than the step before (1 for the first): 25 = ×25 by area. */
  zoom: number;
  /** The same enlargement in side length: √zoom (5 for ×25). */
  sideZoom: number;
  /** Pixels per √m² in this step: a square of `a` m² has side √a × k. */
  k: number;
}

// Side factors that make round area factors: ×2 → 4, ×5 → 25, ×10 → 100, ×50 → 2500.
const NICE = [1, 2, 3, 4, 5];

/** The largest round side factor (1, 2, 3, 4, 5 × 10ⁿ) not above `ideal`. */
export function niceSideZoom(ideal: number): number {
  if (!(ideal > 1)) return 1;
  const power = 10 ** Math.floor(Math.log10(ideal));
  const mantissa = ideal / power;
  const nice = [...NICE].reverse().find((n) => n <= mantissa + 1e-9) ?? 1;
  return nice * power;
}

/**
 * Steps for `areas` (m², largest first): the first area gets a square of `maxSide`; an
 * area joins the current step while its square would be at least `minSide` there, and
 * otherwise opens a new step zoomed by the largest round factor that keeps its square
 * within `maxSide`.
 */
export function zoomLadder(areas: readonly number[], { maxSide, minSide }: { maxSide: number; minSide: number }): ZoomStep[] {
  const steps: ZoomStep[] = [];
  areas.forEach((area, i) => {
    const root = Math.sqrt(Math.max(area, 0));
    const current = steps[steps.length - 1];
    if (!current) {
      steps.push({ members: [i], zoom: 1, sideZoom: 1, k: root > 0 ? maxSide / root : 1 });
      return;
    }
    const side = root * current.k;
    if (side >= minSide || side === 0) {
      current.members.push(i);
      return;
    }
    const sideZoom = niceSideZoom(maxSide / side);
    // No round factor fits (minSide above half of maxSide): a step that zooms ×1 would only confuse.
    if (sideZoom === 1) {
      current.members.push(i);
      return;
    }
    steps.push({ members: [i], zoom: sideZoom ** 2, sideZoom, k: current.k * sideZoom });
  });
  return steps;
}
