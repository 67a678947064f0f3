/** The development corpus (`tests/fixtures/corpus/`): real plans and their annotations, as read by hand. */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const CORPUS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../fixtures/corpus");

export interface ExpectedItem {
  kind: "span" | "deadline" | "timed" | "recurring" | "window";
  start: string;
  end: string;
  rrule?: string;
  role?: "main" | "peak";
}

export interface ExpectedPhrase {
  phrase: string;
  field?: string;
  year?: number;
  category: string;
  expect: {
    items: ExpectedItem[];
    tentative?: boolean;
    done?: boolean;
    provisional?: boolean;
    unresolved?: "trigger" | "no-date" | "needs-anchor" | null;
  };
  note?: string;
}

export interface ExpectedUnit {
  name: string;
  collective: boolean;
}

export interface ExpectedMention {
  text: string;
  category: string;
  expect: ExpectedUnit[];
  note?: string;
}

export interface ExpectedTask {
  title: string;
  lead: string[];
  support: string[];
  timing: ExpectedItem[];
  undated?: "trigger" | "no-date" | null;
  note?: string;
}

export interface Annotation {
  source: { url?: string; repo?: string; path?: string; commit?: string; retrieved?: string; note?: string };
  kind: { issuer: string; plan: string };
  extent: "complete" | "opening";
  document: string;
  facts: { number: string | null; issued: string | null; place: string | null; issuer: string | null; scope: string | null };
  occasions: Array<{ name: string; date: string }>;
  ceremony?: { start: string | null } | null;
  /** The years the plan itself covers, as its title writes them (`giai đoạn 2026 - 2030`). */
  period?: { start: string; end: string } | null;
  phrases: ExpectedPhrase[];
  units: ExpectedMention[];
  tasks: ExpectedTask[];
}

export interface CorpusDocument {
  id: string;
  dir: string;
  annotation: Annotation;
  /** The file eval reads, as an upload would send it. */
  file: string;
  /** `document.txt`: the text the annotation's substrings are taken from. */
  text: string;
}

export function loadCorpus(root = CORPUS): CorpusDocument[] {
  if (!existsSync(root)) return [];
  const documents: CorpusDocument[] = [];
  for (const id of readdirSync(root).sort()) {
    const dir = path.join(root, id);
    const annotationFile = path.join(dir, "annotation.json");
    if (!existsSync(annotationFile)) continue;
    const annotation = JSON.parse(readFileSync(annotationFile, "utf8")) as Annotation;
    const textFile = path.join(dir, "document.txt");
    documents.push({
      id,
      dir,
      annotation,
      file: path.join(dir, annotation.document),
      text: existsSync(textFile) ? readFileSync(textFile, "utf8") : "",
    });
  }
  return documents;
}
