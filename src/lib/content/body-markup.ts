/**
 * Checks the markup of an article body (the MDX after the frontmatter) before Astro compiles it.
 *
 * An MDX body is a program: `import`/`export` and `{…}` run at build time, and any tag becomes
 * JSX. Articles are content, so this module allows only plain Markdown, the registered editor
 * components with literal string attributes, and a short list of harmless HTML elements. Every
 * other construct is refused with a Chinese message that says what is wrong and what to write.
 *
 * The body is parsed with the parser the site really compiles MDX with: Astro 7's @astrojs/mdx
 * runs Sätteri (`satteri`, a Rust MDX parser), so what passes here parses the same way in the
 * build. A syntax error gives one problem (the first), never a stack trace. The parser reports
 * any broken tag as "unexpected character after `<`" at the `<`; a small lexer of the tag then
 * finds the actual cause (unquoted value, missing quote, missing `>`, HTML comment, a bare `<`).
 *
 * Pure: no Astro imports, safe to run from Node scripts and tests.
 */
import { mdxToMdast } from 'satteri';

export interface MarkupProblem {
  /** 1-based, relative to the body string. */
  line: number;
  /** 1-based, in UTF-16 code units (as the parser counts). */
  column: number;
  /** What is wrong, in Chinese. */
  message: string;
  /** What to write instead, in Chinese. */
  fix: string;
}

export interface ComponentSpec {
  name: string;
  attributes: readonly string[];
  required?: readonly string[];
}

// ---------------------------------------------------------------------------------------------
// Policy

/** Lower-case HTML elements an article may use, with the attributes each may carry. */
const GLOBAL_ATTRIBUTES = ['title', 'lang', 'dir'] as const;
const SAFE_ELEMENTS: Record<string, readonly string[]> = {
  br: [], wbr: [], hr: [],
  strong: [], em: [], b: [], i: [], u: [], s: [], del: [], ins: [], sub: [], sup: [], small: [], mark: [],
  abbr: [], kbd: [], code: [], span: [], p: [], blockquote: [], q: [], cite: [], dfn: [], time: [],
  ul: [], ol: ['start'], li: [],
  table: [], caption: [], thead: [], tbody: [], tfoot: [], tr: [], th: ['colspan', 'rowspan', 'scope'], td: ['colspan', 'rowspan'],
  details: ['open'], summary: [],
  figure: [], figcaption: [],
  img: ['src', 'alt', 'width', 'height'],
  a: ['href'],
};
/** Elements that cannot have content; an unclosed one is fixed by writing `<br />`. */
const VOID_ELEMENTS = new Set(['br', 'wbr', 'hr', 'img', 'meta', 'link', 'base', 'input', 'embed', 'source', 'track', 'area', 'col', 'param']);

interface Refusal { message: (tag: string) => string; fix: string }
const EMBED: Refusal = {
  message: (t) => `<${t}>会把别的网站或外部程序嵌进页面，文章里不能用。`,
  fix: '删掉这个标签；要引导读者去别的页面，写成普通链接[文字](/本站路径/)。',
};
const FORM: Refusal = {
  message: (t) => `<${t}>是表单控件，可能把读者输入的内容发到别处，文章里不能用。`,
  fix: '删掉这个标签；要一步步引导读者排查，请用<Troubleshooter id="…" />。',
};
const REFUSED_ELEMENTS: Record<string, Refusal> = {
  script: {
    message: () => '<script>会在读者的浏览器里执行代码，文章里不能用。',
    fix: '删掉<script>…</script>；需要交互时用编辑器组件，例如<Troubleshooter id="…" />。',
  },
  noscript: {
    message: () => '<noscript>是给脚本用的标签，文章里不能用。',
    fix: '删掉<noscript>…</noscript>，把内容直接写成正文。',
  },
  template: {
    message: () => '<template>是给脚本用的标签，文章里不能用。',
    fix: '删掉<template>…</template>，把内容直接写成正文。',
  },
  style: {
    message: () => '<style>会改动整个页面的样式，文章里不能用。',
    fix: '删掉<style>…</style>；版式由网站统一负责，要强调请用**粗体**或<Callout type="tip">。',
  },
  meta: {
    message: () => '<meta>能让页面自动跳转到别的网站（例如http-equiv="refresh"），文章里不能用。',
    fix: '删掉<meta … />；页面的标题和描述写在frontmatter的title、description里。',
  },
  link: {
    message: () => '<link>会让页面加载别处的资源，文章里不能用。',
    fix: '删掉<link … />；要给读者链接，写成[文字](/本站路径/)。',
  },
  base: {
    message: () => '<base>会改变页面上所有链接的去向，文章里不能用。',
    fix: '删掉<base … />；链接一律写成以/开头的本站路径。',
  },
  iframe: EMBED, frame: EMBED, frameset: EMBED, object: EMBED, embed: EMBED, applet: EMBED, portal: EMBED,
  video: EMBED, audio: EMBED, source: EMBED, track: EMBED,
  form: FORM, input: FORM, button: FORM, textarea: FORM, select: FORM, option: FORM, fieldset: FORM,
  svg: {
    message: () => '<svg>里可以藏脚本和外部链接，文章里不能用。',
    fix: '删掉<svg>…</svg>；图片请放进public/，再用「![说明](/images/example.png)」引用。',
  },
  math: {
    message: () => '<math>里可以藏外部链接，文章里不能用。',
    fix: '删掉<math>…</math>，把公式写成文字，例如「手续费=金额×0.1%」。',
  },
};
/** Attributes whose text is shown to the reader, never treated as a URL. */
const TEXT_ATTRIBUTES = new Set(['title', 'alt', 'lang', 'dir']);

// ---------------------------------------------------------------------------------------------
// Entry point

export function checkBodyMarkup(body: string, components: readonly ComponentSpec[]): MarkupProblem[] {
  const lines = lineStarts(body);
  let tree: MdNode;
  try {
    tree = mdxToMdast(body, { features: { gfm: true, frontmatter: false } }) as unknown as MdNode;
  } catch (err) {
    return [syntaxProblem(body, lines, err)];
  }
  const checker = new Checker(body, lines, components);
  checker.walk(tree);
  return checker.problems.sort((a, b) => a.line - b.line || a.column - b.column);
}

// ---------------------------------------------------------------------------------------------
// Tree walk

interface Point { line: number; column: number; offset?: number }
interface MdNode {
  type: string;
  position?: { start: Point; end: Point };
  children?: MdNode[];
  name?: string | null;
  attributes?: MdAttribute[];
  value?: string;
  url?: string;
}
type MdAttribute =
  | { type: 'mdxJsxAttribute'; name: string; value?: string | null | { type: string; value: string } }
  | { type: 'mdxJsxExpressionAttribute'; value: string };

class Checker {
  readonly problems: MarkupProblem[] = [];
  private readonly byName: Map<string, ComponentSpec>;
  private readonly byLowerName: Map<string, ComponentSpec>;
  private readonly knownList: string;

  constructor(private readonly body: string, private readonly lines: number[], private readonly components: readonly ComponentSpec[]) {
    this.byName = new Map(components.map((c) => [c.name, c]));
    this.byLowerName = new Map(components.map((c) => [c.name.toLowerCase(), c]));
    this.knownList = components.map((c) => `<${c.name}>`).join('、');
  }

  walk(node: MdNode): void {
    switch (node.type) {
      case 'code':
      case 'inlineCode':
        return; // content, shown as written
      case 'mdxjsEsm':
        this.esm(node);
        return;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        this.expression(node);
        return;
      case 'html':
        this.at(node, `原始HTML「${clip(node.value ?? '')}」不能写在文章里。`, '改用Markdown写法（**粗体**、列表、[文字](/路径/)）或编辑器组件。');
        return;
      case 'link':
      case 'image':
      case 'definition':
        this.markdownUrl(node);
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        this.element(node);
        break;
    }
    for (const child of node.children ?? []) this.walk(child);
  }

  private esm(node: MdNode): void {
    const word = /^\s*export\b/.test(node.value ?? '') ? 'export' : 'import';
    this.at(
      node,
      `正文里不能写${word}语句：文章是内容，不是程序，这行代码会在构建网站时执行。`,
      `删掉「${clip(firstLine(node.value ?? ''))}」这一行。编辑器组件（${this.knownList}）不用import就能直接用；数据请写在frontmatter或content/下的YAML里。`,
    );
  }

  private expression(node: MdNode): void {
    const code = (node.value ?? '').trim();
    if (code.startsWith('/*') || code.startsWith('//')) {
      this.at(node, `正文里不能写{${clip(code)}}：花括号里的内容在MDX里是代码，注释也一样。`, '删掉这段注释；给编辑看的说明请写在文章之外。');
      return;
    }
    this.at(
      node,
      `正文里不能写{${clip(code)}}：花括号里的内容在MDX里是代码，会在构建网站时执行。`,
      '如果只是想显示花括号，写成\\{或全角「｛」；如果想写数字或数据，直接写出文字。',
    );
  }

  private markdownUrl(node: MdNode): void {
    const scheme = dangerousScheme(node.url ?? '');
    if (!scheme) return;
    const image = node.type === 'image';
    this.at(
      node,
      `${image ? '图片地址' : '链接地址'}「${clip(node.url ?? '')}」是「${scheme}」地址，点开或加载时会执行代码。`,
      image ? '把图片放进public/，改成「![说明](/images/example.png)」。' : '改成本站路径，例如[文字](/postal/top-up/)。',
    );
  }

  private element(node: MdNode): void {
    const name = node.name ?? null;
    const attrs = node.attributes ?? [];
    const tagOffsets = this.attributeOffsets(node, attrs.length);

    if (name === null) {
      this.at(node, '空标签<>…</>在文章里没有用处。', '删掉<>和</>，直接写里面的内容。');
      return;
    }
    const refused = REFUSED_ELEMENTS[name.toLowerCase()];
    if (refused) {
      this.at(node, refused.message(name), refused.fix);
      // Whatever is inside goes with the tag; only HTML-like containers get their content checked too.
      if (refused === REFUSED_ELEMENTS['svg'] || refused === REFUSED_ELEMENTS['math']) node.children = [];
      return;
    }
    if (name.includes('.')) {
      this.at(node, `<${name}>这种带点的组件名不能用，文章里也没有这样的组件。`, `只能直接用这些组件：${this.knownList}，名字里不带点。`);
      this.genericAttributes(name, attrs, tagOffsets, node);
      return;
    }

    const spec = this.byName.get(name);
    const safeAttributes = SAFE_ELEMENTS[name];
    if (spec) {
      this.componentAttributes(spec, attrs, tagOffsets, node);
      return;
    }
    if (safeAttributes) {
      this.htmlAttributes(name, safeAttributes, attrs, tagOffsets, node);
      return;
    }

    // Not allowed: say why as precisely as the name allows.
    const wrongCase = this.byLowerName.get(name.toLowerCase());
    if (wrongCase) {
      this.at(node, `组件名大小写不对：<${name}>。`, `组件名要大写：<${wrongCase.name}>（闭合标签也要改成</${wrongCase.name}>）。`);
    } else if (SAFE_ELEMENTS[name.toLowerCase()] && name !== name.toLowerCase()) {
      this.at(node, `HTML标签名要小写：<${name}>应写成<${name.toLowerCase()}>。`, `改成<${name.toLowerCase()}>（闭合标签也一样）。`);
    } else if (/^[A-Z]/.test(name)) {
      const near = this.components.find((c) => editDistance(c.name.toLowerCase(), name.toLowerCase()) <= 2);
      const hint = near ? `是不是想写<${near.name}>？` : '';
      this.at(node, `不认识的组件<${name}>。`, `${hint}文章里只能用这些组件：${this.knownList}，名字的拼写和大小写要完全一致。`);
    } else {
      this.at(
        node,
        `文章里不能用<${name}>标签。`,
        `改用Markdown写法，或只用这些HTML标签：${Object.keys(SAFE_ELEMENTS).join('、')}。`,
      );
    }
    this.genericAttributes(name, attrs, tagOffsets, node);
  }

  /** Rules that hold on every element: no code, no event handlers, no styles, no script URLs. Returns the attributes still to judge. */
  private genericAttributes(tag: string, attrs: MdAttribute[], offsets: number[] | undefined, node: MdNode): Array<{ name: string; value: string | null; index: number }> {
    const rest: Array<{ name: string; value: string | null; index: number }> = [];
    const seen = new Set<string>();
    attrs.forEach((attr, index) => {
      const where = offsets?.[index];
      if (attr.type === 'mdxJsxExpressionAttribute') {
        this.atOffset(where, node, `<${tag}>里的{${clip(attr.value)}}是代码（展开属性），文章里不能用。`, '把需要的属性逐个写成`名字="值"`，例如`title="注意"`。');
        return;
      }
      const name = attr.name;
      const value = attr.value;
      if (/^on/i.test(name)) {
        this.atOffset(where, node, `<${tag}>上的${name}是事件属性，会在读者的浏览器里执行代码。`, `删掉${name}=…这一段。`);
        return;
      }
      if (name.toLowerCase() === 'style') {
        this.atOffset(where, node, `<${tag}>上不能写style属性：页面样式由网站统一负责。`, '删掉style=…；要强调请用**粗体**或<Callout type="tip">。');
        return;
      }
      if (value !== null && value !== undefined && typeof value === 'object') {
        const scheme = dangerousScheme(value.value) ?? dangerousSchemeInside(value.value);
        const danger = scheme ? `，而且里面是「${scheme}」地址，会执行代码` : '';
        this.atOffset(
          where,
          node,
          `<${tag}>的属性${name}={${clip(value.value)}}是代码${danger}；属性值只能是引号里的普通文字。`,
          `写成${name}="…"${scheme ? '，链接只能指向本站页面，例如「/postal/top-up/」' : ''}。`,
        );
        return;
      }
      if (typeof value === 'string' && !TEXT_ATTRIBUTES.has(name.toLowerCase())) {
        const scheme = dangerousScheme(value);
        if (scheme) {
          const example = name.toLowerCase() === 'src' ? '"/images/example.png"' : '"/postal/top-up/"';
          this.atOffset(where, node, `<${tag}>的${name}="${clip(value)}"是「${scheme}」地址，点开或加载时会执行代码。`, `删掉它，或改成本站路径，例如${name}=${example}。`);
          return;
        }
      }
      if (seen.has(name)) {
        this.atOffset(where, node, `<${tag}>的属性${name}写了两次。`, `只保留一个${name}="…"。`);
        return;
      }
      seen.add(name);
      rest.push({ name, value: value ?? null, index });
    });
    return rest;
  }

  private componentAttributes(spec: ComponentSpec, attrs: MdAttribute[], offsets: number[] | undefined, node: MdNode): void {
    const tag = spec.name;
    const allowed = spec.attributes;
    const written = new Set<string>();
    for (const attr of attrs) if (attr.type === 'mdxJsxAttribute') written.add(attr.name);
    for (const { name, value, index } of this.genericAttributes(tag, attrs, offsets, node)) {
      const where = offsets?.[index];
      if (!allowed.includes(name)) {
        const caseMatch = allowed.find((a) => a.toLowerCase() === name.toLowerCase());
        const fix = caseMatch
          ? `属性名写成${caseMatch}（大小写要一致）。`
          : allowed.length === 0
            ? `<${tag}>不带任何属性，删掉${name}=…，写成<${tag}>。`
            : `<${tag}>只能写这些属性：${allowed.join('、')}；删掉${name}=…。`;
        this.atOffset(where, node, `<${tag}>没有${name}这个属性。`, fix);
        continue;
      }
      if (value === null) {
        this.atOffset(where, node, `<${tag}>的属性${name}没有写值。`, `写成${name}="…"。`);
      }
    }
    for (const req of spec.required ?? []) {
      if (written.has(req)) continue;
      const example = (spec.required ?? []).map((r) => `${r}="…"`).join(' ');
      this.at(node, `<${tag}>缺少必填的属性${req}。`, `写成<${tag} ${example}${node.children?.length ? '>' : ' />'}。`);
    }
  }

  private htmlAttributes(tag: string, own: readonly string[], attrs: MdAttribute[], offsets: number[] | undefined, node: MdNode): void {
    const allowed = [...GLOBAL_ATTRIBUTES, ...own];
    for (const { name, value, index } of this.genericAttributes(tag, attrs, offsets, node)) {
      const where = offsets?.[index];
      if (!allowed.includes(name)) {
        const lower = name.toLowerCase();
        const fix = allowed.includes(lower)
          ? `属性名要小写：写成${lower}。`
          : `<${tag}>只能用这些属性：${allowed.join('、')}；删掉${name}=…。`;
        this.atOffset(where, node, `<${tag}>上不能用${name}属性。`, fix);
        continue;
      }
      if (typeof value !== 'string') continue;
      if (tag === 'a' && name === 'href' && !isSiteLocal(value, true)) {
        this.atOffset(
          where,
          node,
          `<a>的href="${clip(value)}"指向站外；文章里的链接只能指向本站页面。`,
          '改成以/开头的本站路径，例如href="/postal/top-up/"，或写成[文字](/postal/top-up/)；官方网址请写成文字。',
        );
      }
      if (tag === 'img' && name === 'src' && !isSiteLocal(value, false)) {
        this.atOffset(where, node, `<img>的src="${clip(value)}"不是本站文件；图片只能用本站的。`, '把图片放进public/，写成src="/images/example.png"，或用「![说明](/images/example.png)」。');
      }
    }
  }

  /** Offsets of each attribute in the opening tag, read from the source; undefined when they cannot be matched. */
  private attributeOffsets(node: MdNode, count: number): number[] | undefined {
    const start = node.position?.start.offset;
    if (start === undefined || count === 0) return undefined;
    const tag = lexTag(this.body, start);
    if (!tag.ok || tag.attributes.length !== count) return undefined;
    return tag.attributes.map((a) => a.offset);
  }

  private at(node: MdNode, message: string, fix: string): void {
    const start = node.position?.start;
    this.problems.push({ line: start?.line ?? 1, column: start?.column ?? 1, message, fix });
  }

  private atOffset(offset: number | undefined, node: MdNode, message: string, fix: string): void {
    if (offset === undefined) return this.at(node, message, fix);
    this.problems.push({ ...pointAt(this.lines, offset), message, fix });
  }
}

// ---------------------------------------------------------------------------------------------
// URLs

const DANGEROUS_SCHEMES = ['javascript', 'vbscript', 'data'];

/** `javascript:` etc. when the value, read the way a browser reads a URL, starts with one. */
function dangerousScheme(raw: string): string | undefined {
  const url = normalizeUrl(raw).replace(/[\s\u200b-\u200d\u2060\ufeff]+/g, '').toLowerCase();
  const scheme = DANGEROUS_SCHEMES.find((s) => url.startsWith(`${s}:`));
  return scheme ? `${scheme}:` : undefined;
}

/** For code: a dangerous scheme anywhere inside (e.g. `{"javascript:alert(1)"}`). */
function dangerousSchemeInside(code: string): string | undefined {
  const flat = normalizeUrl(code).replace(/[\s\u200b-\u200d\u2060\ufeff'"`+]+/g, '').toLowerCase();
  const scheme = DANGEROUS_SCHEMES.find((s) => flat.includes(`${s}:`));
  return scheme ? `${scheme}:` : undefined;
}

/** Decodes character references (twice, for double encoding), NFKC-folds, strips controls the way URL parsers do. */
function normalizeUrl(raw: string): string {
  let value = raw;
  for (let i = 0; i < 3; i++) {
    const next = decodeEntities(value);
    if (next === value) break;
    value = next;
  }
  return value
    .normalize('NFKC')
    .replace(/[\t\n\r]/g, '')
    .replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '');
}

const NAMED_ENTITIES: Record<string, string> = {
  colon: ':', tab: '\t', newline: '\n', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", sol: '/', bsol: '\\',
  nbsp: '\u00a0', lpar: '(', rpar: ')', period: '.', comma: ',', num: '#', excl: '!', semi: ';', equals: '=',
};
function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);?/gi, (m, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
    }
    return NAMED_ENTITIES[ref.toLowerCase()] ?? m;
  });
}

/** A path on this site: `/x` (not `//x` or `/\x`, which browsers treat as another host), or `#x` for links. */
function isSiteLocal(raw: string, allowFragment: boolean): boolean {
  const url = normalizeUrl(raw);
  if (allowFragment && url.startsWith('#')) return true;
  return url.startsWith('/') && url[1] !== '/' && url[1] !== '\\';
}

// ---------------------------------------------------------------------------------------------
// Syntax errors

/** The parser's message: `3:1: Expected a closing tag for \`<div>\` (3:1) (mdx-jsx:unexpected-character)`. */
function syntaxProblem(body: string, lines: number[], err: unknown): MarkupProblem {
  const raw = err instanceof Error ? err.message : String(err);
  const m = /^(\d+):(\d+)(?:-\d+:\d+)?:\s*([\s\S]*?)(?:\s*\(([\w-]+:[\w-]+)\))?\s*$/.exec(raw);
  const line = m ? Number(m[1]) : 1;
  const column = m ? Number(m[2]) : 1;
  const reason = (m ? m[3]! : raw).split('\n')[0]!.trim();
  const offset = offsetAt(lines, body, line, column);
  const t = translate(body, lines, offset, reason);
  const at = t.offset !== undefined ? pointAt(lines, t.offset) : { line, column };
  return { ...at, message: `${t.message}（解析器原文：${clip(reason, 160)}）`, fix: t.fix };
}

interface Translation { message: string; fix: string; offset?: number | undefined }

function translate(body: string, lines: number[], offset: number, reason: string): Translation {
  let m: RegExpExecArray | null;

  if ((m = /^Expected a closing tag for `<([^>`]*)>` \((\d+):(\d+)\)(?: before the end of `(\w+)`)?/.exec(reason))) {
    const name = m[1]!.split(/\s/)[0]!;
    const within = m[4] ? CONTAINERS[m[4]] : undefined;
    if (VOID_ELEMENTS.has(name.toLowerCase())) {
      return { message: `<${name}>没有闭合。`, fix: `在MDX里<${name}>要写成自闭合的<${name} />。` };
    }
    const scope = within ? `；闭合标签要和它写在同一个${within}里` : '';
    return { message: `<${name}>没有闭合。`, fix: `在内容后面加上</${name}>${scope}。如果不需要这个标签，就删掉<${name}>。` };
  }
  if ((m = /^Unexpected closing tag `<\/([^>`]*)>`, expected corresponding closing tag for `<([^>`]*)>` \((\d+):(\d+)\)/.exec(reason))) {
    const [, closing, open, openLine] = m;
    return {
      message: `</${closing}>和前面第${openLine}行的<${open}>对不上。`,
      fix: `把</${closing}>改成</${open}>；如果是嵌套的顺序错了，先闭合里面的标签，再闭合外面的。`,
    };
  }
  if ((m = /^Unexpected closing tag `<\/([^>`]*)>`, expected an open tag first/.exec(reason))) {
    return { message: `</${m[1]}>前面没有对应的<${m[1]}>。`, fix: `删掉</${m[1]}>，或在内容前面补上<${m[1]}>。` };
  }
  if (/expected a corresponding closing brace for `\{`/.test(reason)) {
    return { ...BRACE, message: '「{」在MDX里表示一段代码的开始，这里没有配对的「}」。' };
  }
  if (/^Could not parse (expression|import|export)/i.test(reason)) {
    const brace = braceBefore(body, lines, offset);
    if (brace !== undefined && /=\s*$/.test(body.slice(Math.max(0, brace - 40), brace))) {
      return { message: '属性值不能写成{…}：花括号里的内容在MDX里是代码。', fix: '写成名字="…"，值放在英文双引号里。', offset: brace };
    }
    return { ...BRACE, offset: brace };
  }
  if (/^Unexpected lazy line/.test(reason)) {
    return {
      message: '标签或{…}在引用块或列表里跨了行，后面的行没有对齐。',
      fix: '在引用块里每一行都要以>开头，在列表里后面的行要缩进到和第一行文字对齐；或者把标签写在一行里。',
    };
  }
  if (/^Unexpected (character|end of file)/.test(reason)) {
    const lt = body[offset] === '<' ? offset : body.lastIndexOf('<', offset);
    if (lt !== -1 && offset - lt < 2000) {
      const tag = lexTag(body, lt, true);
      if (!tag.ok) return describeTagFailure(body, tag);
    }
  }
  return {
    message: '这里的标记MDX无法解析。',
    fix: '检查这一行的<、>、{、}：标签要成对、属性值要加英文双引号；如果只是想显示这些符号，写成\\<、\\{或全角「＜」「｛」。',
  };
}

const BRACE: Translation = {
  message: '「{」在MDX里表示一段代码的开始，这里的{…}不是合法的代码。',
  fix: '如果只是想写花括号，写成\\{，或用全角「｛」「｝」，或换个说法（例如「手续费是5元」）。',
};

const CONTAINERS: Record<string, string> = {
  paragraph: '段落', listItem: '列表项', blockQuote: '引用块', blockquote: '引用块', tableCell: '表格单元格', heading: '标题', link: '链接',
};

function describeTagFailure(body: string, failure: TagFailure): Translation {
  const { kind, offset, attribute, tag } = failure;
  const shown = tag ? `<${tag}>` : '标签';
  switch (kind) {
    case 'blank-line':
      return { offset, message: `${shown}的属性之间隔了空行，MDX会把标签从空行处截断。`, fix: '删掉标签里的空行，把整个标签写在连续的几行里。' };
    case 'quote-in-value':
      return {
        offset,
        message: `${shown}的属性${attribute}的值里用了英文引号，值在那里就提前结束了。`,
        fix: `值里的引号改用「」，例如\`${attribute}="自称「客服」的来电"\`。`,
      };
    case 'comment':
      return { offset, message: 'MDX里不能写HTML注释<!-- … -->。', fix: '删掉这段注释；给编辑看的说明请写在文章之外。' };
    case 'autolink':
      return { offset, message: 'MDX不支持用尖括号<…>包起来的网址或邮箱。', fix: '写成Markdown链接[文字](/本站路径/)；外部网址请直接写成文字，不要加<>。' };
    case 'less-than':
      return { offset, message: '「<」在MDX里表示标签的开始，这里后面跟的不是标签名。', fix: '如果是「小于」的意思，写成\\<，或用全角「＜」，或直接写「小于」。' };
    case 'unquoted':
      return {
        offset,
        message: `${shown}的属性${attribute}的值没有加引号。`,
        fix: `写成${attribute}="${body.slice(offset, offset + 40).match(/^[^\s>/"']*/)?.[0] ?? '…'}"，值要放在英文双引号里。`,
      };
    case 'element-value':
      return { offset, message: `${shown}的属性${attribute}的值不能是标签。`, fix: `写成\`${attribute}="文字"\`。` };
    case 'unclosed-quote':
      return { offset, message: `${shown}的属性${attribute}的值少了结尾的引号。`, fix: `在${attribute}的值末尾补上引号，写成${attribute}="…"。值里要用引号时请用「」。` };
    case 'unclosed-brace':
      if (attribute) {
        return { offset, message: `${shown}的属性${attribute}的值以「{」开头，那是代码，而且没有配对的「}」。`, fix: `写成${attribute}="…"，值放在英文双引号里。` };
      }
      return { offset, ...BRACE, message: '「{」在MDX里表示一段代码的开始，这里没有配对的「}」。' };
    case 'unterminated':
      return { offset, message: `${shown}没有用>结束。`, fix: `在最后一个属性后面补上>（没有内容的组件写成/>）。` };
    case 'bad-character':
    default:
      return {
        offset,
        message: `${shown}里的「${body[offset] ?? ''}」这里无法识别。`,
        fix: '属性要写成`名字="值"`，属性之间用空格隔开；值里要用引号时请用「」。',
      };
  }
}

/** Offset of the `{` that opens the expression around `offset`, on the same line. */
function braceBefore(body: string, lines: number[], offset: number): number | undefined {
  const lineStart = lines[pointAt(lines, offset).line - 1] ?? 0;
  const at = body.lastIndexOf('{', offset);
  return at >= lineStart ? at : undefined;
}

// ---------------------------------------------------------------------------------------------
// A lexer for one JSX tag, following MDX's rules, to locate attributes and explain broken tags.

interface TagAttribute { name: string; offset: number }
type TagFailureKind = 'blank-line' | 'quote-in-value' | 'comment' | 'autolink' | 'less-than' | 'unquoted' | 'element-value' | 'unclosed-quote' | 'unclosed-brace' | 'unterminated' | 'bad-character';
interface TagFailure { ok: false; kind: TagFailureKind; offset: number; tag?: string | undefined; attribute?: string | undefined }
type TagResult = { ok: true; name: string; attributes: TagAttribute[]; end: number } | TagFailure;

const NAME_START = /[\p{ID_Start}$_]/u;
const NAME_CONTINUE = /[\p{ID_Continue}$_\u200c\u200d-]/u;

/** @param diagnose also fail on a blank line inside the tag (the parser refuses it in running text). */
function lexTag(src: string, lt: number, diagnose = false): TagResult {
  let i = lt + 1;
  const fail = (kind: TagFailureKind, offset: number, tag?: string, attribute?: string): TagFailure => ({ ok: false, kind, offset, tag, attribute });
  let blankLine = false;
  const skipSpace = () => {
    const from = i;
    while (i < src.length && /\s/.test(src[i]!)) i++;
    if (/\n[ \t]*\r?\n/.test(src.slice(from, i))) blankLine = true;
  };
  if (src.startsWith('!--', i)) return fail('comment', lt);
  if (/^[a-z][a-z0-9+.-]*:[^\s<>]*>/i.test(src.slice(i, i + 2000)) || /^[^\s<>@]+@[^\s<>@]+>/.test(src.slice(i, i + 300))) {
    if (!/^[\p{ID_Start}$_][\p{ID_Continue}$_-]*:[\p{ID_Start}$_][\p{ID_Continue}$_-]*[\s/>]/u.test(src.slice(i, i + 200))) return fail('autolink', lt);
  }
  skipSpace();
  if (src[i] === '/') {
    i++;
    skipSpace();
  }
  if (src[i] === '>') return { ok: true, name: '', attributes: [], end: i + 1 }; // fragment
  if (i >= src.length || !NAME_START.test(src[i]!)) return fail('less-than', lt);
  const nameStart = i;
  while (i < src.length && (NAME_CONTINUE.test(src[i]!) || src[i] === '.' || src[i] === ':')) i++;
  const name = src.slice(nameStart, i);
  const attributes: TagAttribute[] = [];
  /** The quoted attribute that ended last, and where: `title="自称"客服"…"` ends early at the inner quote. */
  let quoted: { name: string; offset: number; end: number } | undefined;
  for (;;) {
    skipSpace();
    if (blankLine && diagnose) return fail('blank-line', lt, name);
    if (i >= src.length) return fail('unterminated', lt, name);
    const c = src[i]!;
    if (c === '>') return { ok: true, name, attributes, end: i + 1 };
    if (c === '/') {
      i++;
      skipSpace();
      if (src[i] === '>') return { ok: true, name, attributes, end: i + 1 };
      return i >= src.length ? fail('unterminated', lt, name) : fail('bad-character', i, name);
    }
    if (c === '{') {
      const start = i;
      const end = skipBraces(src, i);
      if (end === -1) return fail('unclosed-brace', start, name);
      attributes.push({ name: '', offset: start });
      i = end;
      continue;
    }
    if (!NAME_START.test(c)) {
      if (quoted && (c === '"' || c === "'") && /^[^\s=]*$/.test(src.slice(quoted.end, i))) return fail('quote-in-value', quoted.offset, name, quoted.name);
      return fail('bad-character', i, name);
    }
    const attrStart = i;
    while (i < src.length && (NAME_CONTINUE.test(src[i]!) || src[i] === ':')) i++;
    const attrName = src.slice(attrStart, i);
    attributes.push({ name: attrName, offset: attrStart });
    skipSpace();
    if (src[i] !== '=') {
      if (quoted && quoted.end !== attrStart) quoted = undefined;
      continue;
    }
    i++;
    skipSpace();
    const v = src[i];
    if (v === '"' || v === "'") {
      const close = src.indexOf(v, i + 1);
      if (close === -1) return fail('unclosed-quote', attrStart, name, attrName);
      i = close + 1;
      quoted = { name: attrName, offset: attrStart, end: i };
    } else if (v === '{') {
      const end = skipBraces(src, i);
      if (end === -1) return fail('unclosed-brace', i, name, attrName);
      i = end;
    } else if (v === '<') {
      return fail('element-value', i, name, attrName);
    } else if (i >= src.length) {
      return fail('unterminated', lt, name);
    } else {
      return fail('unquoted', i, name, attrName);
    }
  }
}

/** End offset after the `}` matching the `{` at `i` (strings and comments skipped), or -1. */
function skipBraces(src: string, i: number): number {
  let depth = 0;
  for (; i < src.length; i++) {
    const c = src[i]!;
    if (c === '"' || c === "'" || c === '`') {
      const close = src.indexOf(c, i + 1);
      if (close === -1) return -1;
      i = close;
    } else if (c === '/' && src[i + 1] === '*') {
      const close = src.indexOf('*/', i + 2);
      if (close === -1) return -1;
      i = close + 1;
    } else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return i + 1;
  }
  return -1;
}

// ---------------------------------------------------------------------------------------------
// Small helpers

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  return starts;
}

function pointAt(starts: number[], offset: number): { line: number; column: number } {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - starts[lo]! + 1 };
}

function offsetAt(starts: number[], text: string, line: number, column: number): number {
  const start = starts[Math.min(Math.max(line, 1), starts.length) - 1] ?? 0;
  return Math.min(start + Math.max(column, 1) - 1, text.length);
}

function firstLine(text: string): string {
  return text.split('\n')[0]!.trim();
}

/** Shortens text quoted in a message. */
function clip(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length]!;
}
