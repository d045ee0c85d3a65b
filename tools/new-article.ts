/**
 * npm run new — create an article from the house template.
 *   Interactive: npm run new
 *   For scripts: npm run new -- --wallet postal --topic payment --title "邮政数字钱包转账失败怎么办" [--slug transfer-failed]
 * Refuses a slug that already exists. The new article is a draft: set draft: false when it is done.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import * as p from '@clack/prompts';
import { parse } from 'yaml';
import { articleTemplate, suggestSlug } from '../src/lib/editor/scaffold';
import { SLUG_PATTERN } from '../src/lib/content/schemas';

const OPTIONS = {
  wallet: { type: 'string' },
  topic: { type: 'string' },
  title: { type: 'string' },
  slug: { type: 'string' },
  content: { type: 'string', default: 'content' },
} as const;

function readArgs() {
  try {
    return parseArgs({ options: OPTIONS }).values;
  } catch (err) {
    // node:util's messages are English and come with a stack; say it in our words.
    const reason = (err as Error).message;
    const fix = /ambiguous|argument/.test(reason)
      ? '值以「-」开头时，用等号把它和选项连在一起，例如 --title="- 付款失败怎么办"。'
      : `可用的选项：${Object.keys(OPTIONS).map((o) => `--${o}`).join('、')}。`;
    process.stderr.write(`npm run new 的参数不对：${reason}\n怎么改：${fix}\n`);
    process.exit(2);
  }
}
const values = readArgs();
const contentDir = values.content!;
const wallets = parse(readFileSync(join(contentDir, 'wallets.yaml'), 'utf8')) as Array<{ id: string; name: string; shortName: string; aliases: string[] }>;
const topics = parse(readFileSync(join(contentDir, 'topics.yaml'), 'utf8')) as Array<{ id: string; name: string }>;
const scripted = Boolean(values.wallet && values.topic && values.title);

function fail(message: string): never {
  if (scripted) console.error(`错误：${message}`);
  else p.cancel(message);
  process.exit(1);
}

const pathFor = (wallet: string, slug: string) => join(contentDir, 'articles', wallet, `${slug}.mdx`);

let wallet = values.wallet;
let topic = values.topic;
let title = values.title;
let slug = values.slug;

if (!scripted) {
  p.intro('新建文章');
  const answers = await p.group(
    {
      wallet: () => p.select({ message: '哪个钱包？', options: wallets.map((w) => ({ value: w.id, label: `${w.name}（${w.id}）` })), initialValue: wallet ?? wallets[0]!.id }),
      topic: () => p.select({ message: '哪个主题？', options: topics.map((t) => ({ value: t.id, label: `${t.name}（${t.id}）` })), initialValue: topic ?? topics[0]!.id }),
      title: () => p.text({ message: '标题：读者会怎么问？', placeholder: '邮政数字钱包转账失败怎么办', initialValue: title ?? '', validate: (v) => (!v || v.length < 4 || v.length > 40 ? '标题写 4–40 个字' : undefined) }),
      slug: ({ results }) => {
        const w = wallets.find((x) => x.id === results.wallet);
        const suggestion = suggestSlug(String(results.title), w ? [w.name, w.shortName, ...w.aliases] : []);
        return p.text({
          message: '网址里的文件名（小写字母、数字、连字符）',
          initialValue: slug ?? suggestion,
          validate: (v) => (!v || !SLUG_PATTERN.test(v) ? '只用小写字母、数字和连字符，例如 transfer-failed' : existsSync(pathFor(String(results.wallet), v)) ? '这个文件名已经有文章了，换一个' : undefined),
        });
      },
    },
    { onCancel: () => fail('已取消，没有创建文件。') },
  );
  ({ wallet, topic, title, slug } = answers as { wallet: string; topic: string; title: string; slug: string });
}

const w = wallets.find((x) => x.id === wallet);
if (!w) fail(`未知的钱包「${wallet}」：可选 ${wallets.map((x) => x.id).join('、')}。`);
if (!topics.some((t) => t.id === topic)) fail(`未知的主题「${topic}」：可选 ${topics.map((t) => t.id).join('、')}。`);
if (!title || title.length < 4 || title.length > 40) fail('标题写 4–40 个字。');
slug ??= suggestSlug(title, [w.name, w.shortName, ...w.aliases]);
if (!SLUG_PATTERN.test(slug)) fail(`文件名「${slug}」不能做网址：只用小写字母、数字和连字符。`);
const file = pathFor(w.id, slug);
if (existsSync(file)) fail(`${relative(process.cwd(), file)} 已经存在：换一个 --slug，或者直接编辑那篇文章。`);

mkdirSync(join(contentDir, 'articles', w.id), { recursive: true });
writeFileSync(file, articleTemplate({ wallet: w.id, topic: topic!, title, reviewed: new Date().toISOString().slice(0, 10) }));
const done = `已创建 ${relative(process.cwd(), file)}（草稿）。写完后把 draft 改成 false，运行 npm run check 检查。预览：npm run dev，打开 /${w.id}/${slug}/（草稿只在开发模式下显示）。`;
if (scripted) console.log(done);
else p.outro(done);
