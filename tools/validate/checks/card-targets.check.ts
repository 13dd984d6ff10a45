import type { ComponentManifest } from '../component-manifest';
import type { ProjectProblem } from '../project-problem';

/** Where a card can be placed (the locations @hubspot/ui-extensions 0.17 renders cards in). */
export const CARD_LOCATIONS = ['crm.record.tab', 'crm.record.sidebar', 'crm.preview', 'helpdesk.sidebar'] as const;

/**
 * Record types a card may name. `leads` (0-136) is left out on purpose: HubSpot has not confirmed that
 * app cards can sit on lead records. Custom objects are named `p_<name>` or by their `2-…` type id.
 */
export const CARD_OBJECT_TYPES = ['contacts', 'companies', 'deals', 'tickets'] as const;
const CUSTOM_OBJECT_TYPE = /^(p_[a-z0-9_]+|2-\d+)$/;

export function checkCardTargets(manifests: readonly ComponentManifest[]): ProjectProblem[] {
  const problems: ProjectProblem[] = [];
  for (const manifest of manifests.filter((m) => m.type === 'card')) {
    const { file } = manifest.source;
    const location = manifest.config['location'];
    if (typeof location !== 'string' || !(CARD_LOCATIONS as readonly string[]).includes(location)) {
      problems.push({ file, rule: 'card-location', message: `config.location ${JSON.stringify(location)} is not a card location: use one of ${CARD_LOCATIONS.join(', ')}.` });
    }
    const objectTypes = manifest.config['objectTypes'];
    if (!Array.isArray(objectTypes) || objectTypes.length === 0) {
      problems.push({ file, rule: 'card-object-types', message: `config.objectTypes must list at least one record type, e.g. ["contacts"].` });
      continue;
    }
    for (const objectType of objectTypes) {
      const known = typeof objectType === 'string' && ((CARD_OBJECT_TYPES as readonly string[]).includes(objectType) || CUSTOM_OBJECT_TYPE.test(objectType));
      if (!known) {
        problems.push({ file, rule: 'card-object-types', message: `config.objectTypes has ${JSON.stringify(objectType)}, which is not a record type a card can sit on: use ${CARD_OBJECT_TYPES.join(', ')} or a custom object (p_<name>).` });
      }
    }
  }
  return problems;
}
