/**
 * `npm run eval:sources`: writes tests/fixtures/corpus/sources.md, the table of every corpus
 * document and where it came from, from the annotations themselves.
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { CORPUS, loadCorpus } from "./corpus.ts";

const rows = loadCorpus().map(({ id, annotation: a }) => {
  const source = a.source.url ? `<${a.source.url}>` : `${a.source.repo} · \`${a.source.path}\` @ ${a.source.commit?.slice(0, 10)}`;
  const file = a.document === "document.txt" ? "text" : a.document.replace(/^original\./, "");
  const issuer = (a.facts.issuer ?? "(not named)").replace(/\|/g, "/");
  return `| ${id} | ${issuer} | ${a.kind.issuer} / ${a.kind.plan} | ${a.extent} | ${file} | ${source} |`;
});
const text = `# Corpus documents and their sources

Written by \`npm run eval:sources\` from each \`annotation.json\`. Every document is a real plan, decision or notice
issued by the body named, as published on a public web page or kept in a public repository.

| id | issuer | kind | extent | read from | source |
|---|---|---|---|---|---|
${rows.join("\n")}
`;
writeFileSync(path.join(CORPUS, "sources.md"), text);
console.log(`${rows.length} documents → ${path.relative(process.cwd(), path.join(CORPUS, "sources.md"))}`);
