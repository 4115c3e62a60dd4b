import { COLLABORATION_FOCUS_KEY, type CollaborationFocus } from '@/lib/collaborations/focus';
import { openSidePanelOn } from './side-panel-focus';

/**
 * Opens the side panel's Collaborations tab on `handle`'s collaboration (`collaborationId` when the
 * card named one) beside the tab whose card was clicked; false when the browser refuses.
 */
export function openCollaboration(handle: string, collaborationId: string | null, tabId: number | null): Promise<boolean> {
  const focus: CollaborationFocus = { handle, collaborationId, at: Date.now() };
  return openSidePanelOn(COLLABORATION_FOCUS_KEY, focus, tabId);
}
