/**
 * test/usage/ must hold one typed call of every generated operation, or the usage check silently
 * stops covering new operations; and it must be what `npm run usage:write` writes today, or the
 * next pull request that runs it carries unrelated diffs. Fix a failure with
 * `npm run usage:write` and commit test/usage/.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { operationMetas } from "../../generated/index.js";
import { writeUsageFiles } from "../../tools/spec-review/usage-writer.js";
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

  it("is what `npm run usage:write` writes from today's spec (no drift)", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "usage-drift-"));
    try {
      const written = await writeUsageFiles(path.join(ROOT, "spec/openapi.yaml"), dir);
      const stale = written
        .map((file) => path.basename(file))
        .filter(
          (name) =>
            fs.readFileSync(path.join(dir, name), "utf8") !==
            fs.readFileSync(path.join(USAGE, name), "utf8"),
        );
      expect(stale, "run `npm run usage:write` and commit test/usage/").toEqual([]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
