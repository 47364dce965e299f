export { TextMap, type Segment } from './text-map';
export { buildTextMap, startTextMap, OWN_UI_ATTRIBUTE, type BuildOptions, type TextMapping } from './build';
