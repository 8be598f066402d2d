// Workbooks as generators write them (formulas without cached results, a broken 总分), shared by the
// CLI's trust tests and the pane-parity tests so both look at the very same files.
import { loadExample } from "./fixtures";

const central = loadExample("central-weiquan-2022.js");
const sheet = central.sheets[0];

/** The central example with its figures as formulas (one across sheets) and no cached results. */
export const FORMULAS_WORKBOOK = {
  sheets: [
    {
      ...sheet,
      cells: {
        ...sheet.cells,
        E6: { formula: "SUM(E7:E9)" },
        H6: { formula: "F6/E6" },
        I6: { formula: "ROUND(MIN(H6,1)*G6,2)" },
        H16: { formula: "IF(F16>=1,G16,F16*G16)" },
        H19: { formula: "MIN(G19,填表说明!B1)" },
        H21: { formula: "SUM(I6,H13:H20)" },
      },
    },
    { ...central.sheets[1], cells: { ...central.sheets[1].cells, B1: 15 } },
  ],
};

/** The central example after a row was deleted under its 总分 formula: =I6+#REF!+… showing #REF!. */
export const REF_WORKBOOK = {
  sheets: [{ ...sheet, cells: { ...sheet.cells, H21: { formula: "I6+#REF!+#REF!+H15+H16", result: { error: "#REF!" } } } }],
};
