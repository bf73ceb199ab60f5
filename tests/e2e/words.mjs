// Our words in the language a test walks the app in, found by their English as the app
// finds them: French comes from dist/catalogue-fr.json, keyed by the FNV-1a hash of the
// English (src/domain/content.rs, `key`). A text the catalogue does not hold is a mistake
// in the test, except through `name`, for things that are ours or the person's (a skill the
// person typed keeps its words; a suggested one is ours).
import { readFileSync } from "node:fs";
import { DIST } from "./support.mjs";

function key(english) {
  let hash = 0x811c9dc5;
  for (const byte of Buffer.from(english, "utf8")) {
    hash = Math.imul(hash ^ byte, 0x01000193) >>> 0;
  }
  return hash;
}

/// As the app fills a template: every blank from `blanks`, or, if one is missing, the
/// template as written (src/domain/content.rs, `fill`).
function fill(template, blanks = {}) {
  const names = [...template.matchAll(/\{(\w+)\}/g)].map((match) => match[1]);
  if (!names.every((name) => name in blanks)) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name) => blanks[name]);
}

function words(lookup) {
  const t = (english, blanks) => fill(lookup(english, true), blanks);
  return {
    t,
    /// A name that may be one of ours (a suggested skill, a factor) or the person's own.
    name: (text) => lookup(text, false),
    /// The "Next: Mentors" and "Back: Start" links.
    toStep: (word, step) => t("{word}: {step}", { word: t(word), step: t(step) }),
  };
}

export const ENGLISH = words((english) => english);

export function inFrench() {
  const french = new Map(JSON.parse(readFileSync(`${DIST}catalogue-fr.json`, "utf8")));
  return words((english, strict) => {
    const found = french.get(key(english));
    if (found === undefined && strict) throw new Error(`no French for \u201c${english}\u201d`);
    return found ?? english;
  });
}
