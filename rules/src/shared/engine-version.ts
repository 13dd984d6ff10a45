/** Version of the rules engine; written next to every decision so an audit can tell which logic made it. */
export const RULES_ENGINE_VERSION = '0.1.0';
