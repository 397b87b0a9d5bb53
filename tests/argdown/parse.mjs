// Read Argdown on stdin; print {"errors": [{message, line}], "json": <what `argdown json` writes>}.
import { argdown } from "@argdown/core";

let input = "";
process.stdin.setEncoding("utf8");
for await (const chunk of process.stdin) input += chunk;
const response = argdown.run({ input, process: "export-json", logLevel: "error", throwExceptions: true });
const errors = [...(response.lexerErrors || []), ...(response.parserErrors || [])].map((e) => ({
  message: e.message,
  line: e.token ? e.token.startLine : e.line,
}));
process.stdout.write(JSON.stringify({ errors, json: JSON.parse(response.json) }));
