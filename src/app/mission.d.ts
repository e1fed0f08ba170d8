/** The mission script and maps, checked and parsed at build time (build/missionPlugin.ts). */
declare module 'virtual:shutdown-mission' {
  import type { MissionScript } from '../mission/schema';
  import type { MapGeometry } from '../sim/maps';

  export const script: MissionScript;
  export const geometry: Record<string, MapGeometry>;
}
