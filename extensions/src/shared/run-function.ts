import { hubspot } from '@hubspot/ui-extensions';

/** Calls an app function by its uid. Cards take this as a prop so tests and previews can replace it. */
export type RunFunction = (uid: string, parameters: Record<string, string | number | boolean | null>) => Promise<unknown>;

/** HubSpot's alert banner (actions.addAlert), passed down by the card entry. */
export type AddAlert = (alert: { readonly type: 'success' | 'danger' | 'warning' | 'info'; readonly title?: string; readonly message: string }) => void;

export const runHubSpotFunction: RunFunction = (uid, parameters) => hubspot.serverless(uid, { parameters });
