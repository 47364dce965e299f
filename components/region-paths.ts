/**
 * Regions as their paths for reading (浙江省 › 杭州市 › 临安区), leaving out a region that another listed
 * one already shows: an article's regions name its county and then the county's prefecture, and the
 * county's path already says 杭州市.
 */
import type { Region } from '../utils/articles/types';

export function regionPaths(regions: readonly Region[]): string[] {
  const paths = regions.map((region) => (region.path.length ? region.path : [region.name]));
  const shownByAnother = (path: string[]) =>
    paths.some((other) => other.length > path.length && path.every((name, k) => other[k] === name));
  return [...new Set(paths.filter((path) => !shownByAnother(path)).map((path) => path.join(' › ')))];
}
