/**
 * spec:diff end to end against temporary git repositories holding the real spec: the base is
 * read from git objects, the current spec from the work tree, and the report must name the
 * field, the operations it affects and the classification.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { runSpecDiff } from "../../tools/spec-review/run-diff.js";
import { createRepo, ROOT, type TempRepo } from "./git-repo.js";

const SEND_COUPON_BODY = "spec/components/schemas/SendCouponBody.yaml";
const APPID_MAX = ["properties", "appid", "maxLength"] as const;

async function run(
  cwd: string,
  ...argv: string[]
): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const code = await runSpecDiff(
    argv,
    { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) },
    cwd,
  );
  return { code, stdout, stderr };
}

let repo: TempRepo | undefined;
afterEach(() => {
  repo?.dispose();
  repo = undefined;
});

/** Repo with two commits on main: the spec, then `appid` maxLength shortened (128 → 64). */
function repoWithShorterAppid(): TempRepo {
  const r = createRepo();
  const old = r.setYaml(SEND_COUPON_BODY, [...APPID_MAX], 64);
  expect(old).toBe(128);
  r.commitAll("shorter appid");
  return r;
}

describe("spec:diff against a temporary git repository", () => {
  it("names the field, the operation and classifies a shorter request maxLength as breaking (exit 1)", async () => {
    repo = repoWithShorterAppid();
    const { code, stdout, stderr } = await run(repo.dir, "--base", "HEAD~1");
    expect(code).toBe(1);
    expect(stderr).toContain("1 breaking change(s)");
    expect(stdout).toContain("**1 breaking, 0 needing attention, 0 safe.**");
    const breaking = stdout.slice(
      stdout.indexOf("### Breaking"),
      stdout.indexOf("### Needs attention"),
    );
    expect(breaking).toContain("`SendCouponBody.appid`");
    expect(breaking).toContain("maxLength `128` → `64`");
    expect(breaking).toContain("`sendCoupon` → `appid`");
    expect(breaking).toContain("`SendCouponParams`");
  });

  it("--format json gives the same facts to machines", async () => {
    repo = repoWithShorterAppid();
    const { code, stdout } = await run(repo.dir, "--base", "HEAD~1", "--format", "json");
    expect(code).toBe(1);
    const report = JSON.parse(stdout) as {
      counts: Record<string, number>;
      changes: {
        classification: string;
        subject: string;
        detail: string;
        before: string;
        after: string;
        operations: string[];
      }[];
    };
    expect(report.counts).toEqual({ breaking: 1, attention: 0, safe: 0 });
    expect(report.changes).toEqual([
      expect.objectContaining({
        classification: "breaking",
        subject: "SendCouponBody.appid",
        detail: "maxLength",
        before: "128",
        after: "64",
        operations: ["sendCoupon"],
      }),
    ]);
  });

  it("--allow-breaking reports but exits 0", async () => {
    repo = repoWithShorterAppid();
    const { code, stdout } = await run(repo.dir, "--base", "HEAD~1", "--allow-breaking");
    expect(code).toBe(0);
    expect(stdout).toContain("`SendCouponBody.appid`");
  });

  it("an unchanged spec reports no changes (on main, clean tree: base HEAD)", async () => {
    repo = createRepo();
    const { code, stdout } = await run(repo.dir);
    expect(code).toBe(0);
    expect(stdout).toContain("(on main)");
    expect(stdout).toContain("No changes");
    expect(stdout).not.toContain("### Breaking");
  });

  it("defaults to HEAD when spec/ has uncommitted edits, and never touches the work tree", async () => {
    repo = createRepo();
    repo.setYaml(SEND_COUPON_BODY, [...APPID_MAX], 256);
    const edited = fs.readFileSync(path.join(repo.dir, SEND_COUPON_BODY), "utf8");
    const { code, stdout } = await run(repo.dir);
    expect(code).toBe(0);
    expect(stdout).toContain("(uncommitted changes in spec/)");
    const safe = stdout.slice(stdout.indexOf("### Safe"));
    expect(safe).toContain("`SendCouponBody.appid`");
    expect(safe).toContain("maxLength `128` → `256` (constraint relaxed)");
    expect(fs.readFileSync(path.join(repo.dir, SEND_COUPON_BODY), "utf8")).toBe(edited);
    expect(repo.git("status", "--porcelain")).toBe(`M ${SEND_COUPON_BODY}`);
  });

  it("on a feature branch defaults to the merge base with main", async () => {
    repo = createRepo();
    repo.git("checkout", "-q", "-b", "feature");
    repo.setYaml(SEND_COUPON_BODY, [...APPID_MAX], 64);
    repo.commitAll("shorter appid on a branch");
    repo.git("checkout", "-q", "main");
    repo.setYaml(
      "spec/components/schemas/SendCouponBody.yaml",
      ["description"],
      "moved on in main",
    );
    repo.commitAll("main moves on");
    repo.git("checkout", "-q", "feature");
    const { code, stdout } = await run(repo.dir);
    expect(code).toBe(1);
    expect(stdout).toContain("(merge base with main)");
    expect(stdout).toContain("`SendCouponBody.appid`");
    // main's later description edit is not part of this branch's change.
    expect(stdout).not.toContain("moved on in main");
  });

  it("an unknown ref exits 2 naming the ref", async () => {
    repo = createRepo();
    const { code, stderr } = await run(repo.dir, "--base", "no-such-branch");
    expect(code).toBe(2);
    expect(stderr).toContain('unknown git ref "no-such-branch"');
  });

  it("a broken current spec exits 2 with the spec file and line", async () => {
    repo = createRepo();
    fs.writeFileSync(
      path.join(repo.dir, "spec/components/schemas/SendCouponBody.yaml"),
      "title: SendCouponBody\ntype: object\nproperties:\n  x:\n    $ref: ./Nope.yaml\n",
    );
    const { code, stderr } = await run(repo.dir, "--base", "HEAD");
    expect(code).toBe(2);
    expect(stderr).toMatch(/spec\/components\/schemas\/SendCouponBody\.yaml:\d+:\d+/);
    expect(stderr).toContain("nothing compared");
  });

  it("bad arguments exit 2 with the usage line", async () => {
    repo = createRepo();
    const { code, stderr } = await run(repo.dir, "--format", "xml");
    expect(code).toBe(2);
    expect(stderr).toContain("usage: spec:diff");
  });

  it("the process wrapper exits 1 on breaking changes and 0 with --allow-breaking", () => {
    repo = repoWithShorterAppid();
    const tsx = path.join(ROOT, "node_modules/.bin/tsx");
    const cli = path.join(ROOT, "tools/spec-review/cli.ts");
    const failing = spawnSync(tsx, [cli, "--base", "HEAD~1"], {
      cwd: repo.dir,
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(failing.status).toBe(1);
    expect(failing.stdout).toContain("`SendCouponBody.appid`");
    const allowed = spawnSync(tsx, [cli, "--base", "HEAD~1", "--allow-breaking"], {
      cwd: repo.dir,
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(allowed.status).toBe(0);
  });
});
