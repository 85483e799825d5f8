/** An office field of a task as one text, as a return shows it and as revisions are compared. */
import type { WatchedField } from '../fields';
import type { Task } from './task';

export function taskFieldText(task: Task, field: WatchedField): string {
  switch (field) {
    case 'task':
      return task.task;
    case 'requirement':
      return task.requirement ?? '';
    case 'leadUnits':
      return task.leadUnits.join('、');
    case 'coUnits':
      return task.coUnits.join('、');
    case 'deadline':
      return task.deadline.text;
  }
}
