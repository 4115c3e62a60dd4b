/**
 * Every database version that shipped, as its store definitions stood: literal copies, never
 * imported from the live class (which must be free to add versions, and must never edit these).
 * The migration tests seed a database exactly as each version left it from these.
 */
const V1 = {
  creators: 'handle, updatedAt, followers, score, tier',
  snapshots: '++id, handle, [handle+capturedAt]',
  shortlists: 'id, name, createdAt',
  shortlistEntries: 'id, &[listId+handle], listId, handle, addedAt, status',
  invitationDrafts: 'id, updatedAt',
};
const V2 = {
  ...V1,
  shortlistEntries: 'id, &[listId+handle], listId, handle, addedAt, status, [listId+status], [listId+addedAt], *tags',
  meta: 'key',
};
const V3 = { ...V2, invitations: 'id, draftId, applicationId, createdAt, *handles' };
const V4 = { ...V3, collaborations: 'id, creatorHandle, draftId, invitationId, status, updatedAt', notifiedReminders: 'id' };
const V5 = { ...V4, shortlistEntries: 'id, &[listId+handle], listId, handle, [listId+status], [listId+addedAt], *tags' };

/**
 * Versions 7 and 8 (version 8 changed no store of version 7): creators in buckets, entries one
 * record each. Seeded by their own migration tests (their creators live in buckets, which the
 * fixtures of versions 1–5 do not hold).
 */
export const V8_STORES: Readonly<Record<string, string>> = {
  creatorBuckets: 'bucket',
  snapshots: '++id, [handle+capturedAt]',
  shortlists: 'id, createdAt',
  shortlistEntries: 'id, &[listId+handle], handle, [listId+addedAt]',
  invitationDrafts: 'id, updatedAt',
  meta: 'key',
  invitations: 'id, createdAt, *handles',
  collaborations: 'id, invitationId, updatedAt',
  notifiedReminders: 'id',
};

export const SHIPPED_STORES: Readonly<Record<number, Readonly<Record<string, string>>>> = { 1: V1, 2: V2, 3: V3, 4: V4, 5: V5 };
export const SHIPPED_VERSIONS = Object.keys(SHIPPED_STORES).map(Number);
