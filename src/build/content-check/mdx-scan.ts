/**
 * Reads what an article body links to and which editor components it uses, from the MDX source,
 * so mistakes are reported with a line number before Astro starts rendering.
 */

export interface BodyLink {
  href: string;
  index: number;
}

export interface ComponentUse {
  name: string;
  /** Attributes written as name="value" or name='value'. */
  attrs: Record<string, string>;
  index: number;
  /** Text between the opening and closing tag (undefined for self-closing tags). */
  inner?: string | undefined;
}

/** Markdown links [text](href) and href="…" attributes. Code spans and fences are skipped. */
export function findLinks(body: string): BodyLink[] {
  const text = maskCode(body);
  const links: BodyLink[] = [];
  for (const m of text.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) {
    links.push({ href: m[1]!, index: m.index + m[0].indexOf(m[1]!) });
  }
  for (const m of text.matchAll(/\bhref=(?:"([^"]*)"|'([^']*)')/g)) {
    const href = m[1] ?? m[2] ?? '';
    links.push({ href, index: m.index });
  }
  return links.sort((a, b) => a.index - b.index);
}

/** JSX-style components (capitalised tags) with their string attributes. */
export function findComponents(body: string): ComponentUse[] {
  const text = maskCode(body);
  const uses: ComponentUse[] = [];
  const open = /<([A-Z][A-Za-z0-9]*)((?:\s+[A-Za-z][\w-]*(?:=(?:"[^"]*"|'[^']*'|\{[^}]*\}))?)*)\s*(\/?)>/g;
  for (const m of text.matchAll(open)) {
    const [, name, rawAttrs = '', selfClosing] = m;
    const attrs: Record<string, string> = {};
    for (const a of rawAttrs.matchAll(/([A-Za-z][\w-]*)=(?:"([^"]*)"|'([^']*)')/g)) attrs[a[1]!] = a[2] ?? a[3] ?? '';
    let inner: string | undefined;
    if (!selfClosing) {
      const close = text.indexOf(`</${name}>`, m.index + m[0].length);
      inner = close === -1 ? '' : body.slice(m.index + m[0].length, close);
    }
    uses.push({ name: name!, attrs, index: m.index, inner });
  }
  return uses;
}

/** Replaces code fences and inline code with spaces so their contents are not read as markup. */
function maskCode(text: string): string {
  return text
    .replace(/```[\s\S]*?```/g, (m) => m.replace(/[^\n]/g, ' '))
    .replace(/`[^`\n]*`/g, (m) => ' '.repeat(m.length));
}
