/** The fastest the host runs a session: 64× real time (the autopilot demo, fast-forward, tests). */
export const MAX_SPEED = 64;
