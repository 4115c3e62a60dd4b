import type { CreatorSnapshot } from '../schemas/creator-snapshot';
import { field } from './json-values';
import { snapshotFromUserCard } from './feed-authors';
import { authorOfItem, distinctCreators, listIn, userOfEntry } from './list-authors';
import type { ListKind } from './list-kind';
import { creatorOfMarketplaceEntry, marketplaceEntries } from './marketplace-list';

/**
 * The creators a list response holds, each with only its own record's figures. Untrusted input:
 * entries of an unexpected shape are skipped, never guessed at; the background validates every
 * snapshot again (zod) before anything is stored or shown.
 */
export function creatorsOfList(kind: ListKind, body: unknown, capturedAt: number): CreatorSnapshot[] {
  switch (kind) {
    case 'search-general':
      return distinctCreators(
        listIn(body, 'data').flatMap((result) => {
          const cards = field(result, 'user_list');
          const fromCards = Array.isArray(cards) ? cards.slice(0, 50).map((card) => snapshotFromUserCard(card, capturedAt)) : [];
          return [authorOfItem(field(result, 'item'), 'search-result', capturedAt), ...fromCards];
        }),
      );
    case 'search-users':
      return distinctCreators(listIn(body, 'user_list').map((card) => snapshotFromUserCard(card, capturedAt)));
    case 'search-videos':
      return distinctCreators(listIn(body, 'item_list').map((item) => authorOfItem(item, 'search-result', capturedAt)));
    case 'user-list':
      return distinctCreators(listIn(body, 'userList').map((entry) => userOfEntry(entry, 'api-user-list', capturedAt)));
    case 'feed':
      return distinctCreators(listIn(body, 'itemList').map((item) => authorOfItem(item, 'feed', capturedAt)));
    case 'marketplace':
      return distinctCreators(marketplaceEntries(body).map((entry) => creatorOfMarketplaceEntry(entry, capturedAt)));
  }
}
