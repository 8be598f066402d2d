// The pace at which the page shows what the workers send (src/checker/throttle.ts): what arrives between two
// steps is shown together; the next step waits `spare` times as long as the last one took to show, never less
// than `minMs`; the batch's last result is shown at once; a step rendered as a transition counts until its
// owner says it is on the page.
import { Pacer } from "../../src/checker/throttle";

let clock = 0;
beforeEach(() => {
  jest.useFakeTimers();
  clock = 0;
  jest.spyOn(performance, "now").mockImplementation(() => clock);
  // A frame every 16 ms, as a browser paints.
  (globalThis as { requestAnimationFrame?: unknown }).requestAnimationFrame = (cb: () => void) => setTimeout(cb, 16);
});
afterEach(() => {
  jest.useRealTimers();
  jest.restoreAllMocks();
});

/** Lets `ms` pass, with each timer seeing the clock at its own time. */
function pass(ms: number) {
  const until = clock + ms;
  while (clock < until) {
    clock++;
    jest.advanceTimersByTime(1);
  }
}

describe("Pacer", () => {
  test("the first arrival is shown at once; what arrives while it is shown waits for the next step, together", () => {
    const shown: number[] = [];
    const pacer = new Pacer(() => shown.push(clock), 4, 50);
    pacer.poke();
    pass(0);
    jest.advanceTimersByTime(0);
    expect(shown).toEqual([0]);
    for (let i = 0; i < 10; i++) {
      pass(3);
      pacer.poke();
    }
    pass(40);
    expect(shown).toHaveLength(1);
    pass(100);
    expect(shown).toHaveLength(2);
  });

  test("a step that takes long to show makes the next wait `spare` times as long", () => {
    const shown: number[] = [];
    // Each step keeps the page busy 100 ms before its frame comes.
    const pacer = new Pacer(
      () => {
        shown.push(clock);
        clock += 100;
      },
      4,
      50,
    );
    pacer.poke();
    jest.advanceTimersByTime(0);
    pacer.poke();
    pass(400);
    expect(shown).toHaveLength(1);
    pass(200);
    expect(shown).toHaveLength(2);
    // 100 ms showing + the frame after, then four times that waiting.
    expect(shown[1] - shown[0]).toBeGreaterThanOrEqual(4 * 100);
    expect(shown[1] - shown[0]).toBeLessThan(5 * 140);
  });

  test("now() shows at once, whatever the pace", () => {
    const shown: number[] = [];
    const pacer = new Pacer(() => shown.push(clock), 19, 2000);
    pacer.poke();
    jest.advanceTimersByTime(0);
    pass(30);
    pacer.poke();
    pass(100);
    expect(shown).toHaveLength(1);
    pacer.now();
    expect(shown).toHaveLength(2);
  });

  test("a step rendered as a transition is measured until its owner says it is on the page", () => {
    const shown: number[] = [];
    const pacer = new Pacer(() => shown.push(clock), 4, 50, true);
    pacer.poke();
    jest.advanceTimersByTime(0);
    pacer.poke();
    // Not committed yet: nothing more is shown however long it takes.
    pass(1000);
    expect(shown).toHaveLength(1);
    pacer.committed();
    // It took 1,000 ms and more to show: the next waits four times as long.
    pass(3000);
    expect(shown).toHaveLength(1);
    pass(1200);
    expect(shown).toHaveLength(2);
  });

  test("committed() without a step waiting changes nothing; cancel() drops what was waiting", () => {
    const shown: number[] = [];
    const pacer = new Pacer(() => shown.push(clock), 4, 50, true);
    pacer.committed();
    pacer.poke();
    jest.advanceTimersByTime(0);
    pacer.committed();
    pass(100);
    pacer.poke();
    pacer.cancel();
    pass(1000);
    expect(shown).toHaveLength(1);
  });
});
