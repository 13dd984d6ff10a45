import { hubspot } from '@hubspot/ui-extensions';

/** Calls an app function by its uid. Cards take this as a prop so tests and previews can replace it. */
export type RunFunction = (uid: string, parameters: Record<string, string | number | boolean | null>) => Promise<unknown>;

export const runHubSpotFunction: RunFunction = (uid, parameters) => hubspot.serverless(uid, { parameters });
