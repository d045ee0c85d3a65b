/**
 * The handbook's own content/, through the one content loader. Throws (and so fails the test
 * file) if the loader reports any problem: a test must never run on a model that silently
 * dropped entries which failed to load.
 */
import { loadContent } from '../../src/build/content-check/load';
import { formatIssues } from '../../src/build/content-check/issues';
import type { ContentModel } from '../../src/build/content-check/model';

let loaded: ContentModel | undefined;

export function realContent(): ContentModel {
  if (loaded) return loaded;
  const { model, issues } = loadContent(process.cwd());
  if (issues.length > 0) throw new Error(`content/ 没有完整加载：\n${formatIssues(issues)}`);
  return (loaded = model);
}
