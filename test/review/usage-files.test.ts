/**
 * test/usage/ must hold one typed call of every generated operation, or the usage check silently
 * stops covering new operations. Fix a failure with `npm run usage:write` and commit test/usage/.
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { operationMetas } from "../../generated/index.js";
import { ROOT } from "./git-repo.js";

const USAGE = path.join(ROOT, "test/usage");

describe("test/usage/", () => {
  it("has a usage file for every generated operation, and none for operations that are gone", () => {
    const operations = operationMetas.map((op) => op.operationId).sort();
    const files = fs
      .readdirSync(USAGE)
      .filter((f) => f.endsWith(".ts"))
      .map((f) => f.slice(0, -3))
      .sort();
    expect(files, "run `npm run usage:write` and commit test/usage/").toEqual(operations);
  });

  it.each(operationMetas.map((op) => [op.operationId] as const))(
    "%s.ts awaits a call of %s with params",
    (id) => {
      const text = fs.readFileSync(path.join(USAGE, `${id}.ts`), "utf8");
      expect(text).toMatch(new RegExp(`await ${id}\\(\\s*client,\\s*\\{`));
      expect(text).toContain('from "../../generated/index.js"');
    },
  );
});
