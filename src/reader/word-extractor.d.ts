/** The part of word-extractor (no types of its own) the .doc decoder uses. */
declare module "word-extractor" {
  interface ExtractedDocument {
    getBody(): string;
  }
  export default class WordExtractor {
    extract(source: string | Buffer): Promise<ExtractedDocument>;
  }
}
