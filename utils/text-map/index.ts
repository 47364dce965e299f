export { TextMap, type Segment } from './text-map';
export { buildTextMap, OWN_UI_ATTRIBUTE, type BuildOptions } from './build';
