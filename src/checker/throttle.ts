// A value that follows another at most every `ms` milliseconds, and never takes more than about a twentieth of
// the page's time: after each update the next waits nineteen times as long as the last one took to show
// (render, layout, paint). The last change always arrives. The overview's charts redraw this way however
// fast the results of a large batch come in, so the batch is not slowed by more than ~5 % by them.
import * as React from "react";

/** Time waited per unit of time spent showing: 19 → at most ~5 % of the page's time. */
const SPARE = 19;

export function useThrottled<T>(value: T, ms: number): T {
  const [shown, setShown] = React.useState(value);
  const next = React.useRef(0);
  React.useEffect(() => {
    const show = () => {
      const start = performance.now();
      next.current = Infinity;
      setShown(value);
      // The cost of showing it: until the frame after it was painted.
      requestAnimationFrame(() =>
        setTimeout(() => {
          const now = performance.now();
          next.current = now + Math.max(ms, (now - start) * SPARE);
        }, 0),
      );
    };
    if (ms === 0) {
      show();
      return;
    }
    // While the last update is still being measured, look again a little later.
    const wait = next.current === Infinity ? ms : Math.max(0, next.current - performance.now());
    const t = setTimeout(show, wait);
    return () => clearTimeout(t);
  }, [value, ms]);
  return shown;
}
