// Compares chrono-node with the gold spans of a sentence file
// (internal/timex/testdata/sentences.tsv). Usage:
//   NODE_PATH=/path/to/node_modules node bench/chrono/chrono.mjs [--json] [--misses] FILE.tsv
// chrono-node is resolved through NODE_PATH (or CHRONO_DIR, a folder holding
// node_modules/chrono-node); it is never installed into the repository.
process.env.TZ = "UTC"; // chrono works in local time: make local time UTC

import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";

const args = process.argv.slice(2);
const json = args.includes("--json");
const misses = args.includes("--misses");
const minSeconds = Number(process.env.BENCH_SECONDS || 3);
const files = args.filter((a) => !a.startsWith("--"));
if (files.length !== 1) {
  console.error("usage: node chrono.mjs [--json] [--misses] FILE.tsv");
  process.exit(2);
}

const require = createRequire(
  process.env.CHRONO_DIR ? join(process.env.CHRONO_DIR, "package.json") : import.meta.url,
);
let chrono, version;
try {
  chrono = require("chrono-node");
  const main = require.resolve("chrono-node");
  const root = main.slice(0, main.lastIndexOf("chrono-node") + "chrono-node".length);
  version = JSON.parse(readFileSync(join(root, "package.json"), "utf8")).version;
} catch (e) {
  console.error("chrono.mjs: cannot load chrono-node (set NODE_PATH or CHRONO_DIR): " + e.message);
  process.exit(2);
}

// ---- read the sentence file ----
const lines = readFileSync(files[0], "utf8").split("\n").filter((l) => l !== "");
const header = lines[0].split("\t");
const col = (name) => {
  const i = header.indexOf(name);
  if (i < 0) throw new Error(`missing column ${name}`);
  return i;
};
const [cId, cRef, cSent, cStart, cEnd, cNote] = ["id", "reference", "sentence", "gold_start", "gold_end", "note"].map(col);
const rows = lines.slice(1).map((l, n) => {
  const f = l.split("\t");
  if (f.length !== header.length) throw new Error(`line ${n + 2}: ${f.length} fields`);
  return {
    id: f[cId],
    ref: new Date(f[cRef] + "T12:00:00Z"), // reference at noon UTC
    sentence: f[cSent],
    gold: [f[cStart], f[cEnd]],
    note: f[cNote],
  };
});

// ---- chrono result -> inclusive span of days ----
const pad = (n, w = 2) => String(n).padStart(w, "0");
const iso = (y, m, d) => `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
const lastDay = (y, m) => new Date(Date.UTC(y, m, 0)).getUTCDate();

// span of one chrono component set: a day when the day (or weekday) is
// certain, the whole month when only the month is, the whole year when only
// the year is; when nothing is certain the implied day is used.
function spanOf(c) {
  const y = c.get("year"), m = c.get("month"), d = c.get("day");
  if (c.isCertain("day") || c.isCertain("weekday")) return [iso(y, m, d), iso(y, m, d)];
  if (c.isCertain("month")) return [iso(y, m, 1), iso(y, m, lastDay(y, m))];
  if (c.isCertain("year")) return [iso(y, 1, 1), iso(y, 12, 31)];
  return [iso(y, m, d), iso(y, m, d)];
}

function parseOne(row) {
  const results = chrono.parse(row.sentence, row.ref, { forwardDate: false });
  if (results.length === 0) return null;
  const r = results[0]; // the first result is taken as the main expression
  const s = spanOf(r.start);
  const e = r.end ? spanOf(r.end) : s;
  return { text: r.text, span: [s[0], e[1] < s[0] ? s[1] : e[1]] };
}

// ---- accuracy ----
let correct = 0, found = 0;
const byNote = {};
const missed = [];
for (const row of rows) {
  const got = parseOne(row);
  const ok = got !== null && got.span[0] === row.gold[0] && got.span[1] === row.gold[1];
  if (got) found++;
  if (ok) correct++;
  const b = (byNote[row.note] ||= { sentences: 0, correct: 0 });
  b.sentences++;
  if (ok) b.correct++;
  if (!ok) missed.push({ id: row.id, note: row.note, gold: row.gold, got: got ? got.span : null, text: got ? got.text : null });
}

// ---- speed: the whole set, repeatedly, for at least minSeconds on one thread ----
let n = 0;
const t0 = process.hrtime.bigint();
let elapsed = 0;
do {
  for (const row of rows) chrono.parse(row.sentence, row.ref, { forwardDate: false });
  n += rows.length;
  elapsed = Number(process.hrtime.bigint() - t0) / 1e9;
} while (elapsed < minSeconds);

const summary = {
  tool: "chrono-node",
  version,
  file: files[0],
  sentences: rows.length,
  found,
  correct,
  accuracy: rows.length ? correct / rows.length : 0,
  sentences_per_second: n / elapsed,
  timed_sentences: n,
  timed_seconds: elapsed,
  by_note: byNote,
};
if (misses) summary.misses = missed;

if (json) {
  console.log(JSON.stringify(summary, null, 2));
} else {
  if (misses) {
    for (const m of missed)
      console.log(`miss ${m.id}\t${m.note}\tgold ${m.gold.join("..")}\tgot ${m.got ? m.got.join("..") : "-"}\t${m.text ?? ""}`);
  }
  const notes = Object.entries(byNote)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([k, v]) => `${k} ${v.correct}/${v.sentences}`)
    .join(", ");
  console.log(`  by note: ${notes}`);
  console.log(
    `chrono-node ${version}: sentences=${rows.length} correct=${correct} accuracy=${(100 * summary.accuracy).toFixed(1)}% ` +
      `speed=${Math.round(summary.sentences_per_second)} sentences/s (one core, ${elapsed.toFixed(1)} s)`,
  );
}
