/** Stories: many articles' fact sheets linked into one (see build.ts). */
export { buildStory, validateStory, type StoryOptions } from './build.js';
