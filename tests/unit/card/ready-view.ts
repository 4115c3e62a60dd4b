import type { CardView } from '../../../components/card/card-store';
import type { Assessment } from '../../../lib/schemas/assessment';
import type { CreatorSnapshot } from '../../../lib/schemas/creator-snapshot';

/** A small assessment: enough for the card's ready view (score, no flags, no figures). */
export const smallAssessment = { score: 70, flags: [], figures: [] } as unknown as Assessment;

/** The card showing `snapshot`'s creator with its assessment, nothing added or invited yet. */
export function readyView(snapshot: CreatorSnapshot, assessment: Assessment = smallAssessment): CardView {
  return {
    kind: 'ready',
    handle: snapshot.handle,
    snapshot,
    assessment,
    lists: [],
    listChoices: [],
    lastListId: null,
    add: { kind: 'idle' },
    invite: { kind: 'idle' },
  };
}
