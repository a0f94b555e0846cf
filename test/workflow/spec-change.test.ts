/**
 * Regression test of README.md "Updating the spec after a docs change": on a scratch copy of the
 * repository it adds an operation (path file, schemas, registration in spec/openapi.yaml),
 * narrows a limit and adds an enum value, runs the README's commands in order (lint:spec,
 * generate, spec:diff, usage:write) and checks the outcome a user is promised: the report's
 * classification, the new operation callable against the sandbox through the generated client,
 * and the suites that take their operation lists from the spec passing unchanged.
 *
 * Slow by nature (the generator, tsc and vitest run in the copy), so it runs only the suites
 * that derive from the spec, and each step has a generous timeout.
 */
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createScratchRepo, type CommandResult, type ScratchRepo } from "./scratch-repo.js";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const fixtures = path.join(repoRoot, "test/workflow/fixtures/new-operation");
const STEP_TIMEOUT = 600_000;
const NEW_OPERATION = "modifyStockBudget";
const NEW_PATH = "/v3/marketing/favor/stocks/{stock_id}/max-amount-modify";

function expectOk(result: CommandResult, what: string): void {
  expect(result.status, `${what} failed:\n${result.stdout}\n${result.stderr}`).toBe(0);
}

interface ReportItem {
  classification: "breaking" | "attention" | "safe";
  kind: string;
  subject: string;
  before?: string | null;
  after?: string | null;
  operations: string[];
}

let repo: ScratchRepo;
let generateOutput = "";
let report: { counts: Record<string, number>; changes: ReportItem[] } | undefined;

beforeAll(() => {
  repo = createScratchRepo(repoRoot);
}, 120_000);
afterAll(() => repo?.dispose());

describe("the README's spec-change procedure, on a scratch copy of the repository", () => {
  it("1. edits the spec: a new operation, a narrowed limit, a new enum value", () => {
    // A new operation: its path file and two schemas, registered in spec/openapi.yaml.
    repo.write(
      `spec/paths/${NEW_OPERATION}.yaml`,
      fs.readFileSync(path.join(fixtures, `paths/${NEW_OPERATION}.yaml`), "utf8"),
    );
    for (const schema of ["ModifyStockBudgetBody", "ModifyStockBudgetResponse"])
      repo.write(
        `spec/components/schemas/${schema}.yaml`,
        fs.readFileSync(path.join(fixtures, `schemas/${schema}.yaml`), "utf8"),
      );
    repo.edit(
      "spec/openapi.yaml",
      /^paths:\n/m,
      `paths:\n  ${NEW_PATH}:\n    $ref: ./paths/${NEW_OPERATION}.yaml\n`,
    );
    repo.edit(
      "spec/openapi.yaml",
      /^ {2}schemas:\n/m,
      "  schemas:\n" +
        "    ModifyStockBudgetBody:\n      $ref: ./components/schemas/ModifyStockBudgetBody.yaml\n" +
        "    ModifyStockBudgetResponse:\n      $ref: ./components/schemas/ModifyStockBudgetResponse.yaml\n",
    );
    // A narrowed limit: the create request's comment gets shorter.
    repo.edit(
      "spec/components/schemas/CreateCouponStockBody.yaml",
      /(\n {2}comment:\n(?: {4}.*\n)*? {4}maxLength: )60\n/,
      "$140\n",
    );
    // A new enum value, with its meaning, in a response enum.
    repo.edit(
      "spec/components/schemas/StockStatus.yaml",
      /\n {2}- paused\n/,
      "\n  - paused\n  - expired\n",
    );
    repo.edit(
      "spec/components/schemas/StockStatus.yaml",
      /\n {2}paused: (.*)\n/,
      "\n  paused: $1\n  expired: 已过期 (past its end time)\n",
    );
    expect(repo.git("status", "--porcelain", "spec").trim().split("\n").length).toBe(6);
  });

  it(
    "2. lint:spec and generate accept it; the client gets the new operation",
    () => {
      expectOk(repo.npm("lint:spec"), "npm run lint:spec");
      const generate = repo.npm("generate");
      expectOk(generate, "npm run generate");
      generateOutput = generate.stdout + generate.stderr;
      expect(fs.existsSync(path.join(repo.dir, `generated/operations/${NEW_OPERATION}.ts`))).toBe(
        true,
      );
    },
    STEP_TIMEOUT,
  );

  it(
    "3. spec:diff classifies the narrowed limit as breaking, the response enum value as needing attention, the operation as safe",
    () => {
      const result = repo.npm("spec:diff", ["--format", "json"]);
      // Exit 1: differences that break callers were found (--allow-breaking accepts them).
      expect(result.status, result.stderr).toBe(1);
      report = JSON.parse(result.stdout) as typeof report;
      const changes = report?.changes ?? [];
      const find = (classification: string, kind: string, subject: string): ReportItem[] =>
        changes.filter(
          (c) => c.classification === classification && c.kind === kind && c.subject === subject,
        );
      expect(find("breaking", "constraint-narrowed", "CreateCouponStockBody.comment")).toEqual([
        expect.objectContaining({ before: "60", after: "40", operations: ["createCouponStock"] }),
      ]);
      expect(find("attention", "enum-value-added", "StockStatus")).toEqual([
        expect.objectContaining({ after: '"expired"' }),
      ]);
      expect(
        changes.filter((c) => c.subject === NEW_OPERATION).map((c) => c.classification),
      ).toEqual(["safe"]);
      expect(report?.counts["breaking"]).toBe(1);
      expect(report?.counts["attention"]).toBe(1);
    },
    STEP_TIMEOUT,
  );

  it("4. the generated diff touches only the files whose code changed (the spec hash lives in generated/manifest.json, not in every header)", () => {
    const changed = repo
      .git("status", "--porcelain", "--untracked-files=all", "generated")
      .split("\n")
      .filter((line) => line.trim() !== "")
      .map((line) => line.slice(3));
    const reached = new Set((report?.changes ?? []).flatMap((c) => c.operations));
    reached.add(NEW_OPERATION);
    const operationFiles = changed
      .filter((file) => file.startsWith("generated/operations/"))
      .map((file) => path.basename(file, ".ts"));
    expect(operationFiles.filter((id) => !reached.has(id))).toEqual([]);
    expect(operationFiles).toContain(NEW_OPERATION);
    for (const untouched of ["startStock", "uploadImage", "sendCoupon"])
      expect(changed).not.toContain(`generated/operations/${untouched}.ts`);
    // generate names every file it added or changed, none hidden.
    const unlisted = changed.filter(
      (file) => !generateOutput.includes(file.slice("generated/".length)),
    );
    expect(unlisted).toEqual([]);
  });

  it(
    "5. usage:write writes the new operation's usage file",
    () => {
      expectOk(repo.npm("usage:write"), "npm run usage:write");
      expect(repo.read(`test/usage/${NEW_OPERATION}.ts`)).toContain(`${NEW_OPERATION}(`);
    },
    STEP_TIMEOUT,
  );

  it(
    "6. the new operation answers from the sandbox through the generated client",
    () => {
      repo.write(
        "probe-new-operation.ts",
        [
          'import { WechatPayClient, modifyStockBudget } from "./index.js";',
          'import { startSandbox } from "./sandbox/index.js";',
          "const lines: string[] = [];",
          "const sandbox = await startSandbox({ log: (line) => lines.push(line), validateResponses: true });",
          "const client = new WechatPayClient(sandbox.clientConfig);",
          "try {",
          "  const result = await modifyStockBudget(client, {",
          '    stock_id: "123",',
          "    stock_creator_mchid: sandbox.mchid,",
          "    target_max_amount: 20000,",
          "    current_max_amount: 10000,",
          "  });",
          "  console.log(JSON.stringify({ result, defaulted: sandbox.defaultHandledOperations, lines, failures: sandbox.selfCheckFailures }));",
          "} finally {",
          "  await client.close();",
          "  await sandbox.close();",
          "}",
          "",
        ].join("\n"),
      );
      const result = repo.run("npx", ["tsx", "probe-new-operation.ts"], 120_000);
      expectOk(result, "the probe");
      const out = JSON.parse(result.stdout.trim().split("\n").pop() ?? "") as {
        result: unknown;
        defaulted: string[];
        lines: string[];
        failures: string[];
      };
      // The documented example, with the request's stock_id echoed, signed and verified by the client.
      expect(out.result).toEqual({ max_amount: 20000, stock_id: "123" });
      expect(out.defaulted).toEqual([NEW_OPERATION]);
      expect(out.lines.find((l) => l.includes(NEW_OPERATION))).toMatch(/→ 200 .*default handler/);
      expect(out.failures).toEqual([]);
    },
    STEP_TIMEOUT,
  );

  it(
    "7. the suites that take their operations from the spec pass unchanged (typecheck, spec, sandbox coverage, e2e)",
    () => {
      expectOk(repo.npm("generate:check"), "npm run generate:check");
      expectOk(repo.npm("typecheck", [], STEP_TIMEOUT), "npm run typecheck");
      const result = repo.run(
        "npx",
        [
          "vitest",
          "run",
          "test/spec",
          "test/sandbox/validation.test.ts",
          "test/sandbox/default-handler.test.ts",
          "test/e2e/operations.test.ts",
        ],
        STEP_TIMEOUT,
      );
      expectOk(result, "vitest in the copy");
      expect(result.stdout).toMatch(/Test Files\s+4 passed/);
    },
    STEP_TIMEOUT * 2,
  );
});
