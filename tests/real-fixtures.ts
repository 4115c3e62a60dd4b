import { resolve } from 'node:path';

/** The real captured TikTok pages, kept beside the repository (see SOURCES.md there). */
export const REAL_FIXTURES = resolve(import.meta.dirname, '../../shared/fixtures/real');
