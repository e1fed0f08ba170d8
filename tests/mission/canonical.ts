/** The canonical, all-officers run of Shutdown as mission events, in order. */
import { PLAYER } from '../../src/mission/events';
import { accept, type EventInput } from './drive';

const times = <T>(n: number, e: T): T[] => Array.from({ length: n }, () => e);
const officer = (group: string): EventInput => ({
  type: 'defeated',
  tags: ['federation-officer'],
  group,
});
const infiltrator = (group: string): EventInput => ({
  type: 'defeated',
  tags: ['undine-infiltrator'],
  group,
});

/** Every event a full, all-officers run of Shutdown produces, in order. */
export function canonicalRun(): EventInput[] {
  const promenade: EventInput[] = [];
  for (let g = 1; g <= 10; g++) {
    const id = `insurgent-group-${g}`;
    promenade.push(...times(g <= 4 ? 2 : 1, officer(id)), infiltrator(id));
    promenade.push({ type: 'groupDefeated', tags: ['insurgent-group'], group: id });
  }
  return [
    accept,
    { type: 'enteredZone', zone: 'outside-ds9', actor: PLAYER },
    { type: 'enteredZone', zone: 'ds9-approach', actor: PLAYER },
    ...times(18, {
      type: 'defeated',
      tags: ['station-defense'],
      group: 'station-defenses',
    } as EventInput),
    { type: 'interacted', target: 'ds9-docking-port' },
    { type: 'enteredZone', zone: 'promenade-entry', actor: PLAYER },
    ...promenade,
    { type: 'interacted', target: 'promenade-field-console' },
    ...times(9, officer('corridor-squad')),
    ...times(8, { type: 'rescued', tags: ['injured'] } as EventInput),
    { type: 'interacted', target: 'corridor-field-console' },
    ...times(4, officer('corridor-ambush')),
    { type: 'enteredZone', zone: 'turbolift-zone', actor: PLAYER },
    { type: 'enteredZone', zone: 'turbolift-zone', actor: 'meyer' },
    { type: 'interacted', target: 'ops-turbolift' },
    ...times(5, officer('tvala-strike')),
    { type: 'defeated', tags: ['tvala'], group: 'tvala-strike' },
    { type: 'interacted', target: 'ops-transporter' },
    { type: 'enteredZone', zone: 'ds9-approach', actor: PLAYER },
    ...times(2, { type: 'defeated', tags: ['attacker'], group: 'final-attackers' } as EventInput),
    { type: 'interacted', target: 'depart-bajor' },
    { type: 'hailed', contact: 'starfleet-command' },
  ];
}
