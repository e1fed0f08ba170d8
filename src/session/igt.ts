/** In-game time as the tracker and the records show it: `mm:ss.fff` from 60 Hz ticks. */
export function formatIgt(ticks: number): string {
  const ms = Math.round((ticks * 1000) / 60);
  const m = Math.floor(ms / 60000);
  const s = Math.floor((ms % 60000) / 1000);
  const f = ms % 1000;
  return `${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}.${String(f).padStart(3, '0')}`;
}
