export { RULES_ENGINE_VERSION } from './shared/engine-version';
