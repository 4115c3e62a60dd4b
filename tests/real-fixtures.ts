import { fileURLToPath } from 'node:url';

/** The real captured TikTok pages, kept beside the repository (see SOURCES.md there). */
export const REAL_FIXTURES = fileURLToPath(new URL('../../shared/fixtures/real', import.meta.url));
