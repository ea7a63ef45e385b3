/**
 * The breakdowns a person can choose per dataset. Kept apart from breakdown-models.ts because the
 * app state holds the choice, and the models read the app state.
 */
import type { LayerId } from '../models/view-models';

/** The breakdowns a person can switch between. */
export const BREAKDOWN_KINDS = ['cause', 'vehicle', 'category', 'status'] as const;

/** One of {@link BREAKDOWN_KINDS}. */
export type BreakdownKind = (typeof BREAKDOWN_KINDS)[number];

/** The breakdown chosen per dataset; a dataset not listed shows its first breakdown. */
export type BreakdownChoices = Readonly<Partial<Record<LayerId, BreakdownKind>>>;
