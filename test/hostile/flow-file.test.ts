/**
 * The flow-file download against a hand-written server: the download is a signed GET whose
 * unsigned answer is checked only by its SHA-1; CSV edge cases (BOM, quoted commas, missing
 * back-ticks, a summary block) parse; a broken CSV with a matching hash is a typed error with its
 * line; an error answer is an ApiError and nothing is retried.
 */
import { createHash } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { FlowFileError, InternalServerError } from "../../runtime/errors.js";
import { parseAuthorization } from "../../runtime/signing.js";
import { hostileServerPerFile, makeClient, rejectionOf } from "./helpers.js";

let file: Buffer = Buffer.alloc(0);
let authorizations: (string | undefined)[] = [];
const server = hostileServerPerFile((req, res) => {
  authorizations.push(req.headers.authorization);
  res.writeHead(200, { "content-type": "text/csv" });
  res.end(file);
});
afterEach(() => {
  authorizations = [];
});

function linkFor(content: Buffer): { url: string; hash_value: string; hash_type: string } {
  file = content;
  return {
    url: `${server.baseUrl}/v3/billdownload/file?token=a%2Bb`,
    hash_value: createHash("sha1").update(content).digest("hex").toUpperCase(),
    hash_type: "SHA1",
  };
}

describe("flow-file download against a hand-written server", () => {
  it("signs the GET over the url's own target, parses BOM, quotes, back-ticks and a summary", async () => {
    const { client } = makeClient(server);
    const csv =
      "\uFEFF批次id,备注,金额\r\n" +
      '`123,"a, b",`1.00\r\n' +
      "456,plain,2.00\r\n" +
      "\r\n" +
      "总笔数,总金额\r\n" +
      "`2,`3.00\r\n";
    const verified = await client.downloadFlowFile(linkFor(Buffer.from(csv, "utf8")));
    expect(server.seen[0]?.url).toBe("/v3/billdownload/file?token=a%2Bb");
    expect(parseAuthorization(authorizations[0] ?? "")).toBeDefined();
    const { columns, rows, summary } = await verified.parse();
    expect(columns).toEqual(["批次id", "备注", "金额"]);
    expect(rows).toEqual([
      { 批次id: "123", 备注: "a, b", 金额: "1.00" },
      { 批次id: "456", 备注: "plain", 金额: "2.00" },
    ]);
    expect(summary).toEqual([
      ["总笔数", "总金额"],
      ["2", "3.00"],
    ]);
    await client.close();
  });

  it("keeps the back-tick before a cell that would be a spreadsheet formula; raw has every field as sent", async () => {
    const { client } = makeClient(server);
    const csv = "批次id,备注,金额\r\n`123,`=1+1,`+1\r\n`456,`@SUM(A1:A9),`-2\r\n";
    const verified = await client.downloadFlowFile(linkFor(Buffer.from(csv, "utf8")));
    const { rows } = await verified.parse();
    expect(rows).toEqual([
      { 批次id: "123", 备注: "`=1+1", 金额: "`+1" },
      { 批次id: "456", 备注: "`@SUM(A1:A9)", 金额: "`-2" },
    ]);
    const raws: Record<string, string>[] = [];
    for await (const record of verified.records()) if (record.kind === "row") raws.push(record.raw);
    expect(raws[0]).toEqual({ 批次id: "`123", 备注: "`=1+1", 金额: "`+1" });
    await client.close();
  });

  it("a broken CSV whose hash matches is FlowFileError(malformed_csv) naming the line", async () => {
    const { client } = makeClient(server);
    const verified = await client.downloadFlowFile(
      linkFor(Buffer.from('a,b\r\n1,2\r\n3,"unterminated\r\n', "utf8")),
    );
    const error = await rejectionOf(verified.parse());
    expect(error).toBeInstanceOf(FlowFileError);
    expect((error as FlowFileError).reason).toBe("malformed_csv");
    expect((error as Error).message).toMatch(/line \d/);
    await client.close();
  });

  it("a link without a SHA-1 or with a url carrying a fragment is refused before sending", async () => {
    const { client } = makeClient(server);
    const good = linkFor(Buffer.from("a\r\n"));
    for (const link of [
      { url: good.url },
      { ...good, hash_value: "xyz" },
      { ...good, url: `${good.url}#frag` },
      { ...good, url: `${server.baseUrl}/v3/bill download` },
      { ...good, url: "not a url" },
    ]) {
      const error = await rejectionOf(client.downloadFlowFile(link));
      expect(error).toBeInstanceOf(FlowFileError);
    }
    expect(server.seen).toHaveLength(0);
    await client.close();
  });

  it("an error answer is an ApiError and the download is not retried", async () => {
    const { client, sleeps } = makeClient(server);
    const link = linkFor(Buffer.from("a\r\n"));
    server.setHandler((_req, res) => {
      res.writeHead(500, { "content-type": "application/json" });
      res.end('{"code":"SYSTEM_ERROR","message":"系统错误"}');
    });
    try {
      await expect(client.downloadFlowFile(link)).rejects.toBeInstanceOf(InternalServerError);
      expect(server.seen).toHaveLength(1);
      expect(sleeps).toEqual([]);
    } finally {
      server.setHandler((req, res) => {
        authorizations.push(req.headers.authorization);
        res.writeHead(200, { "content-type": "text/csv" });
        res.end(file);
      });
      await client.close();
    }
  });
});
