/**
 * The category an attempt falls in, from what helped it (SPEEDRUN.md, Integrity): autopilot
 * runs are their own category, practice runs are practice, everything else is Any%. (The
 * speedrun-mode work makes categories data in the mission script.)
 */
export const categoryFor = (assisted: {
  autopilot: boolean;
  resumed: boolean;
  practice: boolean;
}): string => (assisted.autopilot ? 'autopilot' : assisted.practice ? 'practice' : 'any%');
