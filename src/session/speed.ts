/** The fastest the host runs a session: 16× real time (the autopilot demo, fast-forward). */
export const MAX_SPEED = 16;
