/** Report: hail a contact (e.g. "Report to Starfleet"). */
import type { DeepReadonly, Objective } from '../schema';
import { IGNORED, type ObjectiveHandler } from './types';

type Report = DeepReadonly<Extract<Objective, { type: 'report' }>>;

export const report: ObjectiveHandler<Report> = {
  target: () => 1,
  activate: (o) => [{ type: 'enableHail', contact: o.contact }],
  complete: () => [],
  handle: (o, _progress, e) =>
    e.type === 'hailed' && e.contact === o.contact ? { kind: 'progress', progress: 1 } : IGNORED,
};
