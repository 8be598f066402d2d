// A value that follows another at most every `ms` milliseconds (the last change always arrives): the
// overview's charts redraw a few times a second however fast the results of a large batch come in.
import * as React from "react";

export function useThrottled<T>(value: T, ms: number): T {
  const [shown, setShown] = React.useState(value);
  const last = React.useRef(0);
  React.useEffect(() => {
    const wait = last.current + ms - Date.now();
    const show = () => {
      last.current = Date.now();
      setShown(value);
    };
    if (wait <= 0) {
      show();
      return;
    }
    const t = setTimeout(show, wait);
    return () => clearTimeout(t);
  }, [value, ms]);
  return shown;
}
