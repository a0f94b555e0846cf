/**
 * The usage check end to end: a temporary repository with the spec, the generated client, the
 * runtime and test/usage committed; the spec is then edited and regenerated with the real
 * generator, and the base ref's usage files must (or must not) stop compiling.
 */
import fs from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { runGenerate } from "../../generator/run.js";
import { runUsageCheck } from "../../tools/spec-review/usage-check.js";
import { createRepo, ROOT, type TempRepo } from "./git-repo.js";

const SEND_COUPON_BODY = "spec/components/schemas/SendCouponBody.yaml";
const SLOW = 180_000;

let repo: TempRepo | undefined;
afterEach(() => {
  repo?.dispose();
  repo = undefined;
});

function clientRepo(): TempRepo {
  const r = createRepo([
    "generated",
    "runtime",
    "shared",
    "test/usage",
    "tsconfig.json",
    "package.json",
  ]);
  // Dependencies come from the project's install; ignored so commits never include them.
  fs.writeFileSync(path.join(r.dir, ".gitignore"), "node_modules\n");
  fs.symlinkSync(
    path.join(ROOT, "node_modules"),
    path.join(r.dir, "node_modules"),
    process.platform === "win32" ? "junction" : "dir",
  );
  r.commitAll("client");
  return r;
}

async function regenerate(dir: string): Promise<void> {
  let err = "";
  const code = await runGenerate(
    ["--spec", path.join(dir, "spec/openapi.yaml"), "--out", path.join(dir, "generated")],
    { stdout: () => {}, stderr: (t) => (err += t) },
  );
  expect(code, err).toBe(0);
}

async function check(
  dir: string,
  ...argv: string[]
): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const code = await runUsageCheck(
    argv,
    { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) },
    dir,
  );
  return { code, stdout, stderr };
}

describe("usage check: base test/usage/ against the current generated client", () => {
  it(
    "reports the call that no longer compiles after a request field is removed",
    async () => {
      repo = clientRepo();
      const { code: unchanged, stdout: ok } = await check(repo.dir, "--base", "HEAD");
      expect(ok).toMatch(/All \d+ usage files still compile/);
      expect(unchanged).toBe(0);

      const text = fs.readFileSync(path.join(repo.dir, SEND_COUPON_BODY), "utf8");
      fs.writeFileSync(
        path.join(repo.dir, SEND_COUPON_BODY),
        text.replace(/\n  - appid\n/, "\n").replace(/\n  appid:\n(    .*\n|      .*\n)+/, "\n"),
      );
      // Its examples go too: the generator checks every example against its schema.
      for (const file of [SEND_COUPON_BODY, "spec/paths/userCoupons.yaml"]) {
        const source = fs.readFileSync(path.join(repo.dir, file), "utf8");
        fs.writeFileSync(
          path.join(repo.dir, file),
          source.replace(/\n +appid: wx233544546545989\n/g, "\n"),
        );
      }
      await regenerate(repo.dir);
      expect(
        fs.readFileSync(path.join(repo.dir, "generated/operations/sendCoupon.ts"), "utf8"),
      ).not.toMatch(/\bappid\b:/);

      const { code, stdout } = await check(repo.dir, "--base", "HEAD");
      expect(code).toBe(1);
      expect(stdout).toContain("**1 of");
      expect(stdout).toMatch(/`test\/usage\/sendCoupon\.ts:\d+:\d+`: .*appid/);
      const allowed = await check(repo.dir, "--base", "HEAD", "--allow-breaking");
      expect(allowed.code).toBe(0);
    },
    SLOW,
  );

  it("a base without test/usage/ has nothing to compile", async () => {
    repo = createRepo();
    const { code, stdout } = await check(repo.dir, "--base", "HEAD");
    expect(code).toBe(0);
    expect(stdout).toContain("No `test/usage/` files at the base");
  });
});
