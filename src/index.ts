/** summit-facts: turn a news article into structured, checkable facts. */
export { extractFacts, validateFactSheet, type ExtractOptions } from './pipeline.js';
export * from './schema.js';
