import type { Transaction } from 'dexie';

/*
 * Version 7 → 8: every collaboration result gets `seq`, its entry order. Results were appended to
 * the collaboration's list as they were entered, so a result's place in the list is its entry
 * order: the first gets 1. Frozen: this is the transformation as version 8 defines it.
 */
export async function numberResultsInEntryOrder(tx: Transaction): Promise<void> {
  await tx
    .table('collaborations')
    .toCollection()
    .modify((row: { results?: unknown }) => {
      if (!Array.isArray(row.results)) return;
      row.results = row.results.map((result: unknown, index: number) =>
        result !== null && typeof result === 'object' ? { ...result, seq: index + 1 } : result,
      );
    });
}
