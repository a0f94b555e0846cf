/**
 * `npm run review` end to end in a temporary repository: every step runs, the report lists each
 * step's result plus the spec:diff and usage reports, the job-summary file receives the same
 * Markdown, and a breaking spec edit (with generated/ regenerated) fails the review.
 */
import fs from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { runGenerate } from "../../generator/run.js";
import { runReview } from "../../tools/spec-review/review.js";
import { createRepo, ROOT, type TempRepo } from "./git-repo.js";

let repo: TempRepo | undefined;
afterEach(() => {
  repo?.dispose();
  repo = undefined;
});

describe("review", () => {
  it("fails on a breaking edit, names it, and writes the job summary", async () => {
    repo = createRepo([
      "generated",
      "runtime",
      "shared",
      "test/usage",
      "tsconfig.json",
      "package.json",
      "redocly.yaml",
    ]);
    fs.writeFileSync(path.join(repo.dir, ".gitignore"), "node_modules\n");
    fs.symlinkSync(
      path.join(ROOT, "node_modules"),
      path.join(repo.dir, "node_modules"),
      process.platform === "win32" ? "junction" : "dir",
    );
    repo.commitAll("client");
    repo.setYaml(
      "spec/components/schemas/SendCouponBody.yaml",
      ["properties", "appid", "maxLength"],
      64,
    );
    const gen = await runGenerate(
      [
        "--spec",
        path.join(repo.dir, "spec/openapi.yaml"),
        "--out",
        path.join(repo.dir, "generated"),
      ],
      { stdout: () => {}, stderr: () => {} },
    );
    expect(gen).toBe(0);

    const summary = path.join(repo.dir, "summary.md");
    let stdout = "";
    const code = await runReview(
      ["--base", "HEAD", "--summary", summary],
      { stdout: (t) => (stdout += t), stderr: () => {} },
      repo.dir,
    );
    expect(code).toBe(1);
    expect(stdout).toContain("# Spec review: FAILED");
    expect(stdout).toContain("| lint:spec | ✅ passed |");
    expect(stdout).toContain("| generate --check | ✅ passed |");
    expect(stdout).toContain("| spec:diff | ❌ failed (exit 1) |");
    expect(stdout).toContain("| usage check | ✅ passed |");
    expect(stdout).toContain("- **`SendCouponBody.appid`** (request): maxLength `128` → `64`");
    expect(stdout).toMatch(/All \d+ usage files still compile\./);
    expect(fs.readFileSync(summary, "utf8")).toBe(stdout);
  }, 240_000);
});
