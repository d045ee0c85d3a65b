/** The answer index of this build (src/build/answer-index.ts), built once from the published content. */
import { getCollection } from 'astro:content';
import { buildAnswerIndex, firstParagraph, plainText, type AnswerIndex } from '../build/answer-index';
import { articleUrl, troubleshooterUrl } from '../lib/routes';
import { getArticles, getSearchIntents, oncePerBuild } from './content';
import { getTroubleshooters } from './troubleshooters';

export const getAnswerIndex: () => Promise<AnswerIndex> = oncePerBuild(async () => {
  const articles = (await getArticles()).filter((a) => !a.data.draft);
  const troubleshooters = await getTroubleshooters();
  const intentArticles = (await getSearchIntents()).flatMap((i) => i.articles.map(articleUrl));
  // An <ArticleLink> can only point at a published article (the build refuses others).
  const titles = new Map(articles.map((a) => [a.id, a.data.title]));
  const contacts = new Map((await getCollection('contacts')).map((c) => [c.id, c.data.value]));
  const inline = { articleTitle: (id: string) => titles.get(id), contactValue: (id: string) => contacts.get(id) };
  return buildAnswerIndex(intentArticles, [
    ...articles.map((a) => ({
      url: articleUrl(a.id),
      title: a.data.title,
      wallet: a.data.wallet,
      topic: a.data.topic,
      summary: firstParagraph(a.body ?? '', inline) || a.data.description,
      kind: 'a' as const,
      aliases: a.data.aliases,
      body: `${a.data.description} ${plainText(a.body ?? '')}`,
    })),
    ...troubleshooters.map((t) => ({
      url: troubleshooterUrl(t.id),
      title: t.data.title,
      // A troubleshooter serves several wallets: it is filed under the first, shown for all.
      wallet: t.data.wallets.length === 1 ? t.data.wallets[0]! : '',
      topic: t.data.topic,
      summary: t.data.description,
      kind: 't' as const,
      aliases: [t.data.nodes[t.data.start]?.question ?? ''].filter(Boolean),
      body: Object.values(t.data.nodes).map((n) => [n.question, n.title, ...(n.options ?? []).map((o) => o.label)].filter(Boolean).join(' ')).join(' '),
    })),
  ]);
});
