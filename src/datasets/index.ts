/**
 * The dataset modules (issue 14: one module per dataset). Importing this file registers them
 * with the state (src/state/models/dataset-modules.ts), the one point where the state reaches them;
 * the app imports it once at start-up (src/main.tsx) and tests that need them do too.
 */
import { registerDatasetModule } from '../state/models/dataset-modules';
import { COMPLAINTS_MODULE } from './complaints/module';
import { HOUSEHOLDS_MODULE } from './households/module';
import { INDICATOR_MODULE } from './indicator/module';
import { POVERTY_MODULE } from './poverty/module';
import { ROAD_SAFETY_MODULE } from './road_safety/module';
import { VACCINATION_MODULE } from './vaccination/module';

registerDatasetModule(VACCINATION_MODULE);
registerDatasetModule(ROAD_SAFETY_MODULE);
registerDatasetModule(COMPLAINTS_MODULE);
registerDatasetModule(POVERTY_MODULE);
registerDatasetModule(HOUSEHOLDS_MODULE);
registerDatasetModule(INDICATOR_MODULE);

export {
  COMPLAINTS_MODULE,
  HOUSEHOLDS_MODULE,
  INDICATOR_MODULE,
  POVERTY_MODULE,
  ROAD_SAFETY_MODULE,
  VACCINATION_MODULE,
};
export { indicatorKeys } from './indicator/queries';
