/**
 * Interact: use something (dock, a console, the turbolift, the transporter, depart system).
 * The interactable is enabled only while this objective is active, so using it early cannot
 * strand the mission.
 */
import type { DeepReadonly, Objective } from '../schema';
import { IGNORED, type ObjectiveHandler } from './types';

type Interact = DeepReadonly<Extract<Objective, { type: 'interact' }>>;

export const interact: ObjectiveHandler<Interact> = {
  target: () => 1,
  activate: (o) => [{ type: 'enableInteractable', target: o.target }],
  complete: (o) => [{ type: 'disableInteractable', target: o.target }],
  handle: (o, _progress, e) =>
    e.type === 'interacted' && e.target === o.target ? { kind: 'progress', progress: 1 } : IGNORED,
};
