export { articleIdFor, canonicalizeUrl, hash53, hashText } from './identity';
export { TRACKING_PARAMS } from './tracking-params';
