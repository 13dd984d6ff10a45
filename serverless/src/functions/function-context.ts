/**
 * What HubSpot passes to an app function's `main`. Only `parameters` is relied on: the card sends the
 * record and user ids there, because what production adds to the context is not documented.
 */
export interface FunctionContext {
  readonly parameters?: unknown;
  readonly propertiesToSend?: Record<string, string | null>;
  readonly secrets?: Record<string, string | undefined>;
}
