// Read Mermaid on stdin; print {"ok": bool, "type": diagram type, "error": message,
// "limits": {"maxTextSize", "maxEdges"}} (Mermaid's own default limits).
import { JSDOM } from "jsdom";

// Mermaid sanitizes labels with DOMPurify, which needs a DOM even to parse.
const dom = new JSDOM("<!doctype html><html><body></body></html>");
globalThis.window = dom.window;
globalThis.document = dom.window.document;
const { default: mermaid } = await import("mermaid");

let input = "";
process.stdin.setEncoding("utf8");
for await (const chunk of process.stdin) input += chunk;
const config = mermaid.mermaidAPI.getConfig();
const limits = { maxTextSize: config.maxTextSize, maxEdges: config.maxEdges };
try {
  const parsed = await mermaid.parse(input);
  process.stdout.write(JSON.stringify({ ok: true, type: parsed.diagramType, limits }));
} catch (error) {
  process.stdout.write(JSON.stringify({ ok: false, error: String(error.message || error), limits }));
}
