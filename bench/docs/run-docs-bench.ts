/**
 * docs:diff on hostile-sized pages: a 1 MB page (current-site copy and markdown tables) and pages
 * with one 100 KB line of the shapes that make a careless regex quadratic (blanks, `a_b` words,
 * ` |` runs, `(` runs, `【` runs, repeated rows). The goal: each under 2 s. Pages are
 * written to bench/.out/docs and read through the CLI function, as a user runs it.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { runDocsDiff } from "../../tools/docs/run.js";
import { fmt, fmtBytes, markdownTable } from "../lib/markdown.js";
import { median } from "../lib/stats.js";

export const DOCS_GOAL_SECONDS = 2;

export interface DocsBenchCase {
  readonly name: string;
  readonly bytes: number;
  readonly longestLine: number;
  readonly medianMs: number;
  readonly exitCode: number;
}

export interface DocsBenchResult {
  readonly cases: DocsBenchCase[];
  readonly markdown: string;
}

const PAGE_HEAD = (method: string, path: string) =>
  `查询批次详情\n更新时间:2025.01.01 基准测试页面,文字为生成的。\n请求方式:【${method}】${path}\n请求参数\npath 路径参数\nstock_id 必填 string(20)\n【批次号】 批次号\nquery 查询参数\nstock_creator_mchid 必填 string(20)\n【创建批次的商户号】 创建方\n`;
const PAGE_TAIL =
  "请求示例\n应答参数\n200 OK\nstock_id 必填 string\n【批次号】 批次号\n应答示例\n错误码\n400 | PARAM_ERROR | 参数错误 | 检查 |\n";

/** A current-site page grown to `bytes` with response rows, each with a label and a description. */
function currentPage(bytes: number): string {
  const rows: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const row = `extra_field_${i} 选填 string(32)\n【附加字段${i}】 ${"说明文字,".repeat(20)}\n`;
    rows.push(row);
    size += Buffer.byteLength(row);
  }
  return (
    PAGE_HEAD("GET", "/v3/marketing/favor/stocks/{stock_id}") +
    PAGE_TAIL.replace("【批次号】 批次号\n应答示例", `【批次号】 批次号\n${rows.join("")}应答示例`)
  );
}

/** An old-wiki page after a markdown converter, grown to `bytes` with table rows. */
function markdownPage(bytes: number): string {
  const head =
    "## 查询批次详情API\n**请求 URL**: https://api.mch.weixin.qq.com/v3/marketing/favor/stocks/{stock_id}\n**请求方式**:GET\n## 请求参数\n| 参数名 | 变量 | 类型[长度限制] | 必填 | 描述 |\n|---|---|---|---|---|\n| 批次号 | stock_id | string[1,20] | 是 | path 批次 |\n| 创建批次的 商户号 | stock_creator_mchid | string[1,20] | 是 | query 商户号 |\n## 返回参数\n| 参数名 | 变量 | 类型[长度限制] | 必填 | 描述 |\n|---|---|---|---|---|\n";
  const rows: string[] = [];
  let size = head.length;
  for (let i = 0; size < bytes; i++) {
    const row = `| 附加 字段${i} | extra*field_${i} | string[1,32] | 否 | ${"说明文字,".repeat(20)} |\n|||示例${i}\n`;
    rows.push(row);
    size += Buffer.byteLength(row);
  }
  return `${head}${rows.join("")}## 错误码\n| 状态码 | 错误码 | 描述 | 解决方案 |\n|---|---|---|---|\n| 400 | PARAM_ERROR | 参数错误 | 检查 |\n`;
}

/** A small page whose request section holds one line of `length` characters made of `unit`. */
function longLinePage(unit: string, length: number): string {
  const line = unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
  return PAGE_HEAD("GET", "/v3/marketing/favor/stocks/{stock_id}") + `${line}\n` + PAGE_TAIL;
}

/** `scale` shrinks the sizes (the smoke test runs the same cases small). */
function cases(scale: number): { name: string; text: string }[] {
  const MB = Math.round(1024 * 1024 * scale);
  const KB100 = Math.round(100 * 1024 * scale);
  return [
    { name: "1 MB page, current-site copy", text: currentPage(MB) },
    { name: "1 MB page, markdown tables", text: markdownPage(MB) },
    { name: "100 KB line of blanks", text: longLinePage(" ", KB100) },
    { name: "100 KB line of `a_b ` words", text: longLinePage("a_b ", KB100) },
    { name: "100 KB line of ` |`", text: longLinePage(" |", KB100) },
    { name: "100 KB line of `(ā`", text: longLinePage("(ā", KB100) },
    { name: "100 KB line of `【`", text: longLinePage("【", KB100) },
    {
      name: "100 KB line of `x 必填 string(20) `",
      text: longLinePage("x 必填 string(20) ", KB100),
    },
    { name: "100 KB line of `请求URL: `", text: longLinePage("请求URL: ", KB100) },
  ];
}

export async function runDocsBench(options: {
  outDir: string;
  rounds?: number;
  scale?: number;
}): Promise<DocsBenchResult> {
  const dir = join(options.outDir, "docs");
  mkdirSync(dir, { recursive: true });
  const sink = { stdout: () => {}, stderr: () => {} };
  const results: DocsBenchCase[] = [];
  for (const [i, c] of cases(options.scale ?? 1).entries()) {
    const file = join(dir, `page-${i}.txt`);
    writeFileSync(file, c.text);
    const times: number[] = [];
    let exitCode = -1;
    for (let r = 0; r < (options.rounds ?? 3); r++) {
      const started = performance.now();
      exitCode = await runDocsDiff([file], sink);
      times.push(performance.now() - started);
    }
    const text = readFileSync(file, "utf8");
    results.push({
      name: c.name,
      bytes: Buffer.byteLength(text),
      longestLine: Math.max(...text.split("\n").map((l) => l.length)),
      medianMs: median(times),
      exitCode,
    });
  }
  const rows = results.map((r) => [
    r.name,
    fmtBytes(r.bytes),
    String(r.longestLine),
    fmt(r.medianMs, 0),
    String(r.exitCode),
    r.medianMs < DOCS_GOAL_SECONDS * 1000 ? "met" : "MISSED",
  ]);
  const markdown = [
    "### docs:diff on large and hostile pages",
    "",
    `Median of ${options.rounds ?? 3} in-process runs of \`docs:diff\` against spec/ (page read, compared, rendered). Goal: each under ${DOCS_GOAL_SECONDS} s.`,
    "",
    markdownTable(
      ["page", "size", "longest line (chars)", "median ms", "exit", `< ${DOCS_GOAL_SECONDS} s`],
      rows,
    ),
  ].join("\n");
  return { cases: results, markdown };
}
