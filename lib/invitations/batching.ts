import { LIMITS } from './terms';

export function chunk<T>(items: readonly T[], size: number): T[][] {
  if (size < 1) throw new RangeError('chunk size must be at least 1');
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

export interface Batch {
  /** 1-based position among the batches of one application. */
  index: number;
  handles: string[];
  productIds: string[];
}

/**
 * The invitations one application of a draft needs: every creator batch (≤ 50) with every product
 * batch (≤ 100). Duplicate handles are sent once.
 */
export function planBatches(handles: readonly string[], productIds: readonly string[]): Batch[] {
  const creators = chunk([...new Set(handles)], LIMITS.creatorsPerInvitation);
  const products = productIds.length ? chunk(productIds, LIMITS.productsPerInvitation) : [[]];
  const batches: Batch[] = [];
  for (const creatorBatch of creators) {
    for (const productBatch of products) {
      batches.push({ index: batches.length + 1, handles: creatorBatch, productIds: productBatch });
    }
  }
  return batches;
}
