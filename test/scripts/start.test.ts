// npm start says what it will do instead of failing obscurely where Excel desktop is absent.
import { execFileSync } from "child_process";
import path from "path";

const script = path.resolve(__dirname, "../../scripts/start.js");

test("the dry run names the sideloading route for this platform", () => {
  const out = execFileSync(process.execPath, [script, "--dry-run"], { encoding: "utf8" });
  if (process.platform === "win32" || process.platform === "darwin") {
    expect(out).toMatch(/office-addin-debugging start manifest\.xml desktop --app excel/);
  } else {
    expect(out).toContain("Excel 网页版");
    expect(out).toContain("上传我的加载项");
    expect(out).toContain("https://localhost:3000/");
    expect(out).toMatch(/\[dry-run\] npm run dev-server/);
  }
});
