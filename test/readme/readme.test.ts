/**
 * The README cannot rot: its structure, its two set-up commands, every npm script its shell blocks
 * mention, and every TypeScript block (type-checked with the repository's compiler options, then
 * run against a sandbox unless marked compile-only) are checked here.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCouponStock, sendCoupon, setCallback, startStock } from "../../generated/index.js";
import { WechatPayClient } from "../../runtime/index.js";
import { startSandbox, type Sandbox, type UseCouponOptions } from "../../sandbox/index.js";
import { captureConsole, type CapturedConsole } from "../helpers/console.js";
import { serveRecipe } from "./serve-recipe.js";
import { compileSnippets, type SnippetFile } from "./compile.js";
import { redemptions, useClient } from "./context.js";
import { extractCodeBlocks, sectionHeadings, type CodeBlock } from "./extract.js";

const repoRoot = fileURLToPath(new URL("../..", import.meta.url));
const readme = readFileSync(join(repoRoot, "README.md"), "utf8");
const blocks = extractCodeBlocks(readme);
const shellBlocks = blocks.filter((block) => ["sh", "bash", "shell"].includes(block.lang));
const tsBlocks = blocks.filter((block) => block.lang === "ts" || block.lang === "typescript");
const scripts = (
  JSON.parse(readFileSync(join(repoRoot, "package.json"), "utf8")) as {
    scripts: Record<string, string>;
  }
).scripts;

// Snippets are written into a dot-folder (ignored by git and by the repository's tsconfig) so their
// relative imports reach the sources exactly as the package entries would.
const snippetDir = join(repoRoot, "test", "readme", ".tmp");
const ENTRY_POINTS: Readonly<Record<string, string>> = {
  "wechatpay-favor": "index.js",
  "wechatpay-favor/sandbox": "sandbox/index.js",
  "wechatpay-favor/redis": "runtime/redis/index.js",
};
const CONTEXT_PRELUDE = `import { client } from "../context.js";\n`;
const RECIPE_PRELUDE = `import { client, saveRedemption } from "../context.js";\n`;

interface Snippet extends SnippetFile {
  readonly block: CodeBlock;
}

function toSnippet(block: CodeBlock): Snippet {
  const code = block.code.replace(
    /(["'])(wechatpay-favor(?:\/[^"']*)?)\1/g,
    (_whole, quote: string, specifier: string) => {
      const target = ENTRY_POINTS[specifier];
      if (target === undefined)
        throw new Error(
          `README.md:${block.line}: "${specifier}" is not a public entry of the package`,
        );
      return `${quote}${relative(snippetDir, join(repoRoot, target))}${quote}`;
    },
  );
  const prelude =
    block.mode === "with-client"
      ? CONTEXT_PRELUDE
      : block.mode === "notification-recipe"
        ? RECIPE_PRELUDE
        : "";
  const path = join(snippetDir, `readme-line-${block.line}.ts`);
  writeFileSync(path, `${prelude}${code}\n`);
  return { block, path, readmeLine: block.line, preludeLines: prelude.split("\n").length - 1 };
}

let snippets: Snippet[] = [];
beforeAll(() => {
  rmSync(snippetDir, { recursive: true, force: true });
  mkdirSync(snippetDir, { recursive: true });
  snippets = tsBlocks.map(toSnippet);
});
afterAll(() => rmSync(snippetDir, { recursive: true, force: true }));

describe("README structure", () => {
  it("opens with one paragraph, then the sections the project promises, in order", () => {
    const intro = readme.slice(readme.indexOf("\n"), readme.indexOf("\n## ")).trim();
    expect(intro.length).toBeGreaterThan(100);
    expect(intro).not.toContain("```");
    expect(sectionHeadings(readme)).toEqual([
      "Set up on a fresh clone",
      "Quickstart for your service",
      "Updating the spec after a docs change",
      "Repository layout",
      "Supported Node.js versions",
    ]);
    expect(readme).toMatch(/Node\.js ≥ 20\.18\.1/);
  });

  it("gives the main job and the tests as one-line commands, and CI runs the test one", () => {
    expect(shellBlocks.slice(0, 2).map((block) => block.code)).toEqual([
      "npm ci && npm start",
      "npm ci && npm test",
    ]);
    const ci = readFileSync(join(repoRoot, ".ci", "run"), "utf8")
      .split("\n")
      .map((line) => line.trim());
    expect(ci).toContain("npm ci");
    expect(ci).toContain("npm test");
  });

  it("mentions only npm scripts that exist", () => {
    const mentioned = new Set<string>();
    for (const text of [...shellBlocks.map((block) => block.code), readme]) {
      for (const match of text.matchAll(/\bnpm (?:run(?:-script)? ([\w:.-]+)|(start|test)\b)/g))
        mentioned.add(match[1] ?? match[2] ?? "");
    }
    expect([...mentioned].filter((name) => scripts[name] === undefined)).toEqual([]);
    expect(mentioned.size).toBeGreaterThan(5);
  });

  it("includes the spec-review section once the spec-review tool provides one", () => {
    const sectionFile = join(repoRoot, "tools", "spec-review", "README-section.md");
    if (!existsSync(sectionFile)) return;
    const inSync = readme.includes(readFileSync(sectionFile, "utf8").trim());
    expect(
      inSync,
      "README.md's spec section differs from tools/spec-review/README-section.md: run `npm run readme:sync`",
    ).toBe(true);
  });
});

describe("README TypeScript blocks", () => {
  it("are all exercised: at least one of each kind", () => {
    expect(new Set(tsBlocks.map((block) => block.mode))).toEqual(
      new Set(["compile-only", "with-client", "notification-recipe", "run"]),
    );
  });

  it("type-check against the repository (strict, NodeNext)", () => {
    expect(compileSnippets(repoRoot, snippets)).toEqual([]);
  }, 60_000);

  describe("run against a sandbox", () => {
    let sandbox: Sandbox;
    let client: WechatPayClient;
    beforeAll(async () => {
      sandbox = await startSandbox({ notifyRetryIntervalMs: 50 });
      client = new WechatPayClient(sandbox.clientConfig);
      useClient(client);
    });
    afterAll(async () => {
      await client?.close();
      await sandbox?.close();
    });

    /** Imports (runs) the blocks of `mode`; what they print is captured and returned. */
    async function runBlocks(mode: CodeBlock["mode"]): Promise<CapturedConsole> {
      const printed = captureConsole();
      try {
        for (const snippet of snippets.filter((s) => s.block.mode === mode))
          await import(pathToFileURL(snippet.path).href);
      } finally {
        printed.restore();
      }
      return printed;
    }

    it("self-contained blocks run as written", async () => {
      const printed = await runBlocks("run");
      expect(printed.texts("error", "warn")).toEqual([]);
    });

    it("blocks using the quickstart client run with a sandbox client", async () => {
      const before = sandbox.countStocks();
      const printed = await runBlocks("with-client");
      // The "make a call" block created a stock through the signed, verified client.
      expect(sandbox.countStocks()).toBe(before + 1);
      expect(printed.texts("log")).toContainEqual(expect.stringMatching(/^created stock \d+$/));
      // The only error printed is the "handle an error" block's NotFoundError branch: its stock id
      // does not exist in a fresh sandbox. Any other error line means a block failed quietly.
      expect(printed.texts("error", "warn")).toEqual(["no such stock (RESOURCE_NOT_EXISTS)"]);
    });

    it("each notification recipe, served by its framework, processes a genuine delivery once and refuses a tampered one", async () => {
      const recipes = snippets.filter((s) => s.block.mode === "notification-recipe");
      expect(recipes.length).toBeGreaterThanOrEqual(5);
      // A sandbox of its own: each recipe's server has its own port, so the notify_url changes
      // more often than setCallback's documented 5/min per IP allows.
      const sandbox = await startSandbox({ notifyRetryIntervalMs: 50, rateLimits: false });
      const client = new WechatPayClient(sandbox.clientConfig);
      const shared = useClient(client);
      try {
        const now = Date.now();
        const { stock_id } = await createCouponStock(client, {
          stock_name: "readme notify",
          belong_merchant: sandbox.mchid,
          available_begin_time: new Date(now - 60_000),
          available_end_time: new Date(now + 86_400_000),
          stock_use_rule: {
            max_coupons: 40,
            max_amount: 4000,
            max_coupons_per_user: 1,
            natural_person_limit: false,
            prevent_api_abuse: false,
          },
          coupon_use_rule: {
            fixed_normal_coupon: { coupon_amount: 100, transaction_minimum: 200 },
            available_merchants: [sandbox.mchid],
          },
          no_cash: false,
          stock_type: "NORMAL",
          out_request_no: `readme-notify-${now}`,
        });
        await startStock(client, { stock_id, stock_creator_mchid: sandbox.mchid });
        let sent = 0;
        const redeem = async (notifyUrl: string, options: UseCouponOptions) => {
          sent += 1;
          const { coupon_id } = await sendCoupon(client, {
            openid: `oReadmeUser${sent}`,
            stock_id,
            out_request_no: `readme-send-${now}-${sent}`,
            appid: sandbox.appid,
            stock_creator_mchid: sandbox.mchid,
          });
          // With validation on, as the README says: the sandbox delivers this https loopback URL
          // over plain http to the recipe's server.
          await setCallback(client, {
            mchid: sandbox.mchid,
            notify_url: notifyUrl.replace(/^http:/, "https:"),
          });
          const delivery = sandbox.useCoupon(coupon_id, options).notification;
          if (delivery === undefined) throw new Error("no notify_url");
          const record = await delivery.delivered;
          return {
            statuses: record.attempts.map((a) => a.status),
            processed: redemptions.filter((r) => r.coupon_id === coupon_id).length,
          };
        };

        for (const recipe of recipes) {
          const where = `README.md:${recipe.readmeLine}`;
          const server = await serveRecipe(
            (await import(pathToFileURL(recipe.path).href)) as Record<string, unknown>,
            where,
          );
          try {
            const url = `${server.url}/wechatpay/notify`;
            expect(await redeem(url, { notificationRepeats: 1 }), where).toEqual({
              statuses: [204, 204],
              processed: 1,
            });
            expect(
              await redeem(url, { notificationFault: { kind: "tamper-body" } }),
              where,
            ).toEqual({
              statuses: [400, 204],
              processed: 1,
            });
          } finally {
            await server.close();
          }
        }
      } finally {
        useClient(shared);
        await client.close();
        await sandbox.close();
      }
    }, 60_000);
  });
});

describe("README main job", () => {
  it("the demo that `npm start` ends with runs against the embedded sandbox", () => {
    const result = spawnSync("npm", ["run", "--silent", "demo"], {
      cwd: repoRoot,
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
  }, 70_000);
});
