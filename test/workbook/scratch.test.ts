import { checkSheet } from "../../src/workbook";
import { gridOf, loadExample } from "../support/fixtures";
test("print", () => {
  for (const f of ["guangzhou-panyu-2021.js", "central-weiquan-2022.js", "sichuan-peixun-2023.js"]) {
    for (const s of loadExample(f).sheets) {
      const r = checkSheet(gridOf(s));
      const { table, evaluation, ...rest } = r;
      console.log(f, JSON.stringify(rest, null, 1));
    }
  }
});
