export type { Claim, DocMeta, Outcome, Stance, EventType, DenialScope } from './types';
export { extractClaims } from './extract-claims';
