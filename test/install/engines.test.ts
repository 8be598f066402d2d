// A clean install prints no engine warning: every package the lockfile installs accepts the oldest Node
// the project declares (package.json "engines"), so `npm ci` on that Node is quiet and nothing needs a newer one.
import semver from "semver";
import pkg from "../../package.json";
import lock from "../../package-lock.json";

const oldest = semver.minVersion(pkg.engines.node)!.version;
const nodeRanges = Object.entries(lock.packages as Record<string, { engines?: { node?: string } | string[] }>)
  .filter(([name, p]) => name !== "" && p.engines && !Array.isArray(p.engines) && p.engines.node)
  .map(([name, p]) => ({ name, range: (p.engines as { node: string }).node }));
const refusing = (version: string) => nodeRanges.filter((p) => !semver.satisfies(version, p.range));

test("the project declares a Node version of the 20 line or later", () => {
  expect(semver.major(oldest)).toBeGreaterThanOrEqual(20);
  expect(nodeRanges.length).toBeGreaterThan(100);
});

test("every installed package runs on the oldest declared Node (npm ci prints no EBADENGINE warning)", () => {
  expect(refusing(oldest)).toEqual([]);
});

test("the declared version is the real need: the minor release before it is refused by some package", () => {
  const older = `${semver.major(oldest)}.${semver.minor(oldest) - 1}.0`;
  expect(refusing(older).length).toBeGreaterThan(0);
});
