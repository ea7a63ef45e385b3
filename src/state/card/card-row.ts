/**
 * One dataset's line on the province card. Kept apart from province-card.ts because dataset
 * modules (dataset-modules.ts) build their own rows, and the card lists the modules.
 */
import type { ProvinceFlag } from '../quality/data-quality';
import type { LayerId } from '../models/view-models';

/** One dataset's line on the card. */
export interface ProvinceCardRow {
  readonly id: LayerId;
  readonly label: string;
  readonly valueText: string;
  readonly nationalText: string;
  /** The figure of the province's group (see `ProvinceCardModel.groupName` in province-card.ts). */
  readonly regionText: string;
  readonly rankText: string;
  /** "อันดับ 2 จาก 4 ในเขตสุขภาพที่ 9"; absent or '' when not known. */
  readonly groupRankText?: string;
  /** ISO date of the figures. */
  readonly asOf: string;
  /** Why the province's value is not shown ("ข้อมูลผิดปกติ"), or the caveat it is shown with. */
  readonly flag: ProvinceFlag | null;
  /**
   * Rows of a part of the same dataset, listed right under this one: e.g. the restricted tier's
   * security complaints (จำกัดสิทธิ์ · restricted to a visitor who has not signed in).
   */
  readonly parts?: readonly ProvinceCardRow[];
}
