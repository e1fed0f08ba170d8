/**
 * Every test file: `Session.restore` checks snapshots with `validateSnapshot`, which the game
 * loads apart (src/session/snapshotCheck.ts); the tests have it from the start, as the command
 * line tools and the server do. `tests/session/snapshotCheck.test.ts` covers a session without it.
 */
import '../src/session/validateSnapshot';
