import {
  CollaborationSchema,
  EMPTY_DATES,
  newCollaboration,
  type Collaboration,
  type CollaborationDates,
  type CollaborationResult,
  type Costs,
} from '../../../lib/collaborations/collaboration';

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

const NO_COSTS: Costs = { commission: null, fee: null, sample: null, shipping: null };

/** A result; `cost` is put in the fee unless `costs` is given. */
export function result(
  overrides: Partial<Omit<CollaborationResult, 'costs'>> & { cost?: number | null; costs?: Partial<Costs> } = {},
): CollaborationResult {
  const { cost, costs, ...rest } = overrides;
  return {
    id: 'r1',
    seq: 1,
    date: Date.UTC(2026, 0, 10),
    kind: 'video',
    link: null,
    views: 10_000,
    orders: 10,
    gmv: 300,
    refunds: 0,
    currency: 'USD',
    ...rest,
    costs: { ...NO_COSTS, fee: cost === undefined ? 100 : cost, ...costs },
  };
}

/** Results with the given ROIs (cost 100 each; null = no cost entered), one day apart. */
export function resultsWithRoi(rois: readonly (number | null)[]): CollaborationResult[] {
  return rois.map((r, i) =>
    result({
      id: `r${String(i).padStart(3, '0')}`,
      seq: i + 1,
      date: Date.UTC(2026, 0, 1) + i * DAY,
      // A negative ROI comes from refunds above GMV, as it would in a real record.
      gmv: r === null ? 100 : Math.max(0, r * 100),
      refunds: r === null || r >= 0 ? 0 : -r * 100,
      cost: r === null ? null : 100,
    }),
  );
}

/** A collaboration with alice, accepted, stop-loss 1.5 × 2, no dates: override what a test needs. */
export function collaboration(
  overrides: Partial<Omit<Collaboration, 'dates'>> & { dates?: Partial<CollaborationDates> } = {},
): Collaboration {
  const { dates, ...rest } = overrides;
  const base = newCollaboration({ id: 'c1', creatorHandle: 'alice', roiThreshold: 1.5, now: 0 });
  return CollaborationSchema.parse({ ...base, status: 'accepted', ...rest, dates: { ...EMPTY_DATES, ...dates } });
}
