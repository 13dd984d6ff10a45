import { z } from 'zod';
import { readAssociatedIds } from '../hubspot/associations';
import { batchReadObjects } from '../hubspot/crm-objects';
import type { HubSpotGateway } from '../hubspot/hubspot-gateway';

/** HubSpot's association type for task → contact. */
const TASK_TO_CONTACT = 204;

/** Which escalation a task is for: one step of the clock that started when the lead was assigned. */
export interface SlaTaskKey {
  readonly stepId: string;
  readonly clockStartedAt: number;
}

export interface SlaTask {
  readonly contactId: string;
  readonly ownerId: string;
  readonly subject: string;
  readonly body: string;
  readonly key: SlaTaskKey;
}

/**
 * The last line of an escalation task's body. It tells the rep where the task comes from, and it lets a
 * later check recognise the task (plain words and digits, so HubSpot's rich-text body keeps it as is).
 */
export function slaTaskReference(key: SlaTaskKey): string {
  return `LeadOps SLA step ${key.stepId}, clock started ${new Date(key.clockStartedAt).toISOString()}`;
}

export async function createSlaTask(gateway: HubSpotGateway, task: SlaTask, now: number): Promise<void> {
  await gateway.call('tasks.create', {
    path: { objectType: 'tasks' },
    body: {
      properties: { hs_timestamp: new Date(now).toISOString(), hs_task_subject: task.subject, hs_task_body: `${task.body}\n\n${slaTaskReference(task.key)}`, hs_task_status: 'NOT_STARTED', hs_task_priority: 'HIGH', hubspot_owner_id: task.ownerId },
      associations: [{ to: { id: task.contactId }, types: [{ associationCategory: 'HUBSPOT_DEFINED', associationTypeId: TASK_TO_CONTACT }] }],
    },
  }, z.object({ id: z.string() }));
}

/**
 * The id of the contact's escalation task for this step, or null. An earlier check may have created it
 * without hearing back (HubSpot answered 500, the connection dropped, the function timed out): reading the
 * contact's tasks through their associations sees a task at once, where search would lag behind.
 */
export async function findSlaTask(gateway: HubSpotGateway, contactId: string, key: SlaTaskKey): Promise<string | null> {
  const taskIds = await readAssociatedIds(gateway, 'contacts', contactId, 'tasks');
  if (taskIds.length === 0) return null;
  const reference = slaTaskReference(key);
  const tasks = await batchReadObjects(gateway, 'tasks.batchRead', 'tasks', taskIds, ['hs_task_body']);
  return tasks.find((task) => (task.properties['hs_task_body'] ?? '').includes(reference))?.id ?? null;
}
