/** HubSpot's association categories. */
export type AssociationCategory = 'HUBSPOT_DEFINED' | 'USER_DEFINED' | 'INTEGRATOR_DEFINED' | 'WORK';

/** One type of association in one direction, e.g. note → contact (202), with the type of its reverse. */
export interface AssociationKind {
  readonly fromObjectTypeId: string;
  readonly toObjectTypeId: string;
  readonly typeId: number;
  readonly reverseTypeId: number;
  readonly category: AssociationCategory;
  /** The name HubSpot reports on a GET with `associations=` (e.g. contact_to_company_unlabeled). */
  readonly name: string;
  readonly reverseName: string;
  /** Only labelled types carry a label (the primary company is "Primary"). */
  readonly label?: string;
}

/** How one association is typed, as the associations API reports it (`AssociationSpecWithLabel`). */
export interface AssociationTypeSpec {
  readonly category: AssociationCategory;
  readonly typeId: number;
  readonly label?: string;
}

/** HubSpot-defined association types between the standard objects LeadOps touches. */
export const STANDARD_ASSOCIATION_KINDS: readonly AssociationKind[] = [
  { fromObjectTypeId: '0-1', toObjectTypeId: '0-2', typeId: 1, reverseTypeId: 2, category: 'HUBSPOT_DEFINED', name: 'contact_to_company', reverseName: 'company_to_contact', label: 'Primary' },
  { fromObjectTypeId: '0-1', toObjectTypeId: '0-2', typeId: 279, reverseTypeId: 280, category: 'HUBSPOT_DEFINED', name: 'contact_to_company_unlabeled', reverseName: 'company_to_contact_unlabeled' },
  { fromObjectTypeId: '0-46', toObjectTypeId: '0-1', typeId: 202, reverseTypeId: 201, category: 'HUBSPOT_DEFINED', name: 'note_to_contact', reverseName: 'contact_to_note' },
  { fromObjectTypeId: '0-46', toObjectTypeId: '0-2', typeId: 190, reverseTypeId: 189, category: 'HUBSPOT_DEFINED', name: 'note_to_company', reverseName: 'company_to_note' },
  { fromObjectTypeId: '0-27', toObjectTypeId: '0-1', typeId: 204, reverseTypeId: 203, category: 'HUBSPOT_DEFINED', name: 'task_to_contact', reverseName: 'contact_to_task' },
  { fromObjectTypeId: '0-27', toObjectTypeId: '0-2', typeId: 192, reverseTypeId: 191, category: 'HUBSPOT_DEFINED', name: 'task_to_company', reverseName: 'company_to_task' },
];

/** The same kind seen from the other end. */
export function reverseKind(kind: AssociationKind): AssociationKind {
  return {
    fromObjectTypeId: kind.toObjectTypeId,
    toObjectTypeId: kind.fromObjectTypeId,
    typeId: kind.reverseTypeId,
    reverseTypeId: kind.typeId,
    category: kind.category,
    name: kind.reverseName,
    reverseName: kind.name,
    ...(kind.label === undefined ? {} : { label: kind.label }),
  };
}
