// The peer in the extraction benchmark: chrono-node over the same corpus, each article parsed against its
// publication day from the manifest, every result printed as JSON (as our extract prints its report).
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import * as chrono from "chrono-node";

const dir = process.argv[2];
const manifest = JSON.parse(readFileSync(join(dir, "manifest.json"), "utf8")).articles;
const out = [];
for (const entry of manifest) {
  const text = readFileSync(join(dir, entry.file), "utf8");
  const ref = new Date(entry.published + "T12:00:00Z");
  const found = chrono.parse(text, ref).map((r) => ({ text: r.text, index: r.index, start: r.start.date().toISOString() }));
  out.push({ file: entry.file, mentions: found });
}
process.stdout.write(JSON.stringify({ articles: out }));
