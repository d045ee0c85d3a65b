/** Loads a tree with the contacts and article titles it needs (build time, astro:content). */
import { getCollection, getEntry } from 'astro:content';
import { treeView, type TreeView } from './view';
import { getArticlesById } from '../collections';

const byChineseTitle = new Intl.Collator('zh-CN');

export async function getTrees() {
  return (await getCollection('troubleshooters')).sort((a, b) => byChineseTitle.compare(a.data.title, b.data.title));
}

export async function getTreeView(id: string): Promise<TreeView> {
  const entry = await getEntry('troubleshooters', id);
  if (!entry) {
    const known = (await getCollection('troubleshooters')).map((t) => t.id);
    throw new Error(`排查向导「${id}」不存在。id 写 content/troubleshooters/ 里的文件名（不带 .yaml）：${known.join('、')}。`);
  }
  const contacts = (await getCollection('contacts')).map((c) => c.data);
  const articles = await getArticlesById();
  return treeView(entry.data, contacts, (articleId) => articles.get(articleId)?.data.title);
}
