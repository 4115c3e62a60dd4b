import type { ListKind } from '../readers/list-kind';

/** Every list kind, in the order the Scouted view names them. */
export const LIST_KINDS = ['search-general', 'search-users', 'search-videos', 'user-list', 'feed', 'marketplace'] as const satisfies readonly ListKind[];
export type { ListKind };
