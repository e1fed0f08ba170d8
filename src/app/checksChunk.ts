/** What `loadChecks()` (checks.ts) loads: record parsing and the snapshot check it installs. */
import '../session/validateSnapshot';

export { parseRecord, parseRecordText } from '../speedrun/record';
