// A read failure as a person reads it: the file named, what it is, what to do.
import { IO } from "../messages";
import { ReadError } from "./read";

export function explainReadError(file: string, err: ReadError): string {
  switch (err.problem) {
    case "empty":
      return IO.empty(file);
    case "encrypted":
      return IO.encrypted(file);
    case "not-workbook":
      return IO.notWorkbook(file, err.kind);
    case "too-large":
      return IO.tooLarge(file, err.figures.bytes, err.figures.limit ?? 0);
    case "unsupported":
      return IO.unsupported(file, err.kind);
    case "garbled":
      return IO.garbled(file);
    case "too-much-text":
      return IO.tooMuchText(file, err.figures.bytes, err.figures.limit ?? 0);
    case "too-many-merges":
      return IO.tooManyMerges(file, err.figures.merges, err.figures.limit ?? 0);
    case "xls-too-large-here":
      return IO.xlsTooLargeHere(file, err.figures.bytes, err.figures.limit ?? 0);
    case "too-many-cells":
      return IO.tooManyCells(file, err.figures.cells, err.figures.limit ?? 0);
    default:
      return IO.corrupt(file);
  }
}
