import type { Document } from '../nlp/document.js';

/** What every extractor receives: the parsed document and the article's reference date. Nothing else. */
export interface ExtractContext {
  doc: Document;
  /** YYYY-MM-DD, or null when neither the caller nor a dateline gives one */
  referenceDate: string | null;
}
