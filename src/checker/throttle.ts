// How often the page shows what the workers send while a batch is checked. A batch of 1,000 workbooks sends
// a result every few milliseconds; showing each one as it came (a render of the whole list, its layout and
// paint) kept the page's thread busy all the time, and the checking waited for it (measured: 1,000 workbooks
// in 14 s, the page's thread busy for all of them). So what arrives is shown in steps: after each step the
// next waits `spare` times as long as the last one took to show (render, layout, paint), and never less
// than `minMs`. A step that costs 5 ms lets the next come 5 × spare ms later; a small batch is shown as fast
// as it comes. The last result of a batch is shown at once (`now`).
import * as React from "react";

/** Shows what arrived in paced steps; `show` does the showing (a React state update). */
export class Pacer {
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** Something arrived that is not shown yet. */
  private pending = false;
  /** Not before then (performance.now()); Infinity while the last step is still being measured. */
  private notBefore = 0;
  /** When the step waiting for its commit (`committed`) began. */
  private started: number | null = null;

  constructor(
    private readonly show: () => void,
    private readonly spare: number,
    /** The shortest wait between two steps (may change between steps). */
    public minMs: number,
    /**
     * The step is shown when its owner says so (`committed`, from an effect), not at the next frame: a step
     * rendered as a transition is built in slices over several frames.
     */
    private readonly untilCommitted = false,
  ) {}

  /** Something new arrived: it is shown in the next step. */
  poke(): void {
    this.pending = true;
    if (this.timer === undefined && this.notBefore !== Infinity) this.arm();
  }

  /** Shows what arrived now, without waiting for the next step (the batch's last result). */
  now(): void {
    this.pending = true;
    this.step();
  }

  /** The last step is on the page (`untilCommitted`): its cost is measured until the frame after it is painted. */
  committed(): void {
    if (this.started === null) return;
    const start = this.started;
    this.started = null;
    this.afterPaint(start);
  }

  cancel(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.pending = false;
  }

  private arm(): void {
    this.timer = setTimeout(() => this.step(), Math.max(0, this.notBefore - performance.now()));
  }

  private step(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (!this.pending) return;
    this.pending = false;
    const start = performance.now();
    this.notBefore = Infinity;
    if (this.untilCommitted) this.started = start;
    this.show();
    if (!this.untilCommitted) this.afterPaint(start);
  }

  private afterPaint(start: number): void {
    requestAnimationFrame(() =>
      setTimeout(() => {
        const end = performance.now();
        this.notBefore = end + Math.max(this.minMs, (end - start) * this.spare);
        if (this.pending && this.timer === undefined) this.arm();
      }, 0),
    );
  }
}

/**
 * A value that follows another in paced steps (see Pacer): the overview's charts redraw at most every `ms`
 * milliseconds and, with `spare` 19, take at most about a twentieth of the page's time. A change that `key`
 * says is no change (the same numbers) takes no step, so the first results are drawn as soon as they come.
 * With `ms` 0 (the batch is finished) it is the value itself, drawn in the same render as the list's last step.
 */
export function useThrottled<T>(value: T, ms: number, spare: number, key: (v: T) => unknown = (v) => v): T {
  const [shown, setShown] = React.useState(value);
  const latest = React.useRef(value);
  const pacer = React.useRef<Pacer | null>(null);
  pacer.current ??= new Pacer(() => setShown(latest.current), spare, ms);
  React.useEffect(() => {
    const changed = key(latest.current) !== key(value);
    latest.current = value;
    pacer.current!.minMs = ms;
    // With ms 0 the value is already drawn (returned below); it is kept so that, when more files are added,
    // the steps go on from it.
    if (ms === 0) pacer.current!.now();
    else if (changed) pacer.current!.poke();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `key` is a way of comparing, not a value followed
  }, [value, ms]);
  React.useEffect(() => () => pacer.current!.cancel(), []);
  return ms === 0 ? value : shown;
}

/**
 * How many results have come back, told to its one reader at most once a frame: the progress line counts
 * every result as it comes, while the list follows in its paced steps.
 */
export class ArrivalCount {
  private n = 0;
  private frame = 0;
  private readonly listeners = new Set<(n: number) => void>();

  get value(): number {
    return this.n;
  }

  add(): void {
    this.n++;
    this.frame ||= requestAnimationFrame(() => {
      this.frame = 0;
      for (const l of this.listeners) l(this.n);
    });
  }

  subscribe(listener: (n: number) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}

/**
 * The count as it arrives. Each change renders only the component that reads it, as a transition: it never
 * interrupts (and so restarts) the list's step being built, and waits for it instead.
 */
export function useArrivalCount(count: ArrivalCount): number {
  const [n, setN] = React.useState(count.value);
  React.useEffect(() => count.subscribe((value) => React.startTransition(() => setN(value))), [count]);
  return n;
}
