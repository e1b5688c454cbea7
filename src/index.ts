/** summit-facts: turn a news article into structured, checkable facts. */
export { extractFacts, extractFactsInBatches, type ExtractOptions } from './pipeline.js';
export { buildStory, validateStory, type StoryOptions } from './story/index.js';
export * from './schema.js';
