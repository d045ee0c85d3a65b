/**
 * YAML parsing that remembers where each value stands, so an error can name the line an editor
 * has to open. Used for data files and for MDX frontmatter (with a line offset).
 */
import { LineCounter, parseDocument, isMap, isSeq, isScalar, type Node } from 'yaml';

export type PathSegment = string | number;

export interface ParsedYaml {
  data: unknown;
  /** 1-based line of the value (or, for a missing key, of its parent) at `path`. */
  lineOf(path: PathSegment[]): number | undefined;
  /** Set when the text is not valid YAML: the first error only (later ones usually follow from it). */
  syntaxError?: YamlSyntaxError;
}

export interface YamlSyntaxError {
  /** What is wrong, in Chinese, with the position. */
  message: string;
  fix: string;
  line?: number | undefined;
  column?: number | undefined;
}

export function parseYaml(text: string, lineOffset = 0): ParsedYaml {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: true, uniqueKeys: true });
  const lineAt = (offset: number) => lineCounter.linePos(offset).line + lineOffset;

  const lineOf = (path: PathSegment[]) => {
    // Walk as deep as the path exists; a missing key is reported at its parent.
    for (let depth = path.length; depth >= 0; depth--) {
      const node = depth === 0 ? doc.contents : (doc.getIn(path.slice(0, depth), true) as Node | undefined);
      if (node && (isMap(node) || isSeq(node) || isScalar(node)) && node.range) {
        if (depth > 0 && isMap(doc.getIn(path.slice(0, depth - 1), true))) {
          // Point at the key line rather than a nested block's first line.
          const parent = doc.getIn(path.slice(0, depth - 1), true);
          const pair = isMap(parent) ? parent.items.find((p) => isScalar(p.key) && p.key.value === path[depth - 1]) : undefined;
          const keyRange = pair && isScalar(pair.key) ? pair.key.range : undefined;
          if (keyRange) return lineAt(keyRange[0]);
        }
        return lineAt(node.range[0]);
      }
    }
    return undefined;
  };

  if (doc.errors.length > 0) {
    const first = doc.errors[0]!;
    const line = first.linePos ? first.linePos[0].line + lineOffset : undefined;
    const column = first.linePos?.[0].col;
    const explained = explainYamlError(first.code, text, first.pos[0]);
    const at = column ? `（第 ${column} 列）` : '';
    return { data: undefined, lineOf, syntaxError: { message: `${explained.message}${at}`, fix: explained.fix, line, column } };
  }
  return { data: doc.toJS(), lineOf };
}

/** The YAML library's error codes, said the way an editor can act on them. */
function explainYamlError(code: string, text: string, offset: number): { message: string; fix: string } {
  const lineText = text.slice(text.lastIndexOf('\n', offset - 1) + 1).split('\n', 1)[0]!.trim();
  const where = lineText ? `（这一行：${lineText.slice(0, 40)}）` : '';
  switch (code) {
    case 'DUPLICATE_KEY': {
      const key = /^(?:-\s*)?([^:]+):/.exec(lineText)?.[1]?.trim() ?? '';
      return { message: `字段「${key}」在同一层写了两次。`, fix: `删掉其中一个「${key}:」，或者把两处合并成一处。` };
    }
    case 'BAD_INDENT':
    case 'MISSING_CHAR':
    case 'UNEXPECTED_TOKEN':
      return { message: `缩进或符号不对${where}。`, fix: '同一层的字段要对齐（用空格，不用 Tab）；列表项以「- 」开头。' };
    case 'TAB_AS_INDENT':
      return { message: `用了 Tab 缩进${where}。`, fix: '把 Tab 换成两个空格。' };
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY':
      return { message: `这一行像是字段，但冒号后的内容没有写对${where}。`, fix: '文字里有冒号（:）或 # 时，用引号把整段文字括起来，例如 title: "付款失败：怎么办"。' };
    case 'BAD_SCALAR_START':
      return { message: `文字不能以这个符号开头${where}。`, fix: '用引号把整段文字括起来，例如 title: "- 付款失败怎么办"。' };
    case 'MISSING_QUOTE':
      return { message: `引号没有配对${where}。`, fix: '补上结尾的引号，或者去掉开头的引号。' };
    default:
      return { message: `YAML 格式不对${where}。`, fix: '检查这一行的冒号、缩进和引号；文字里有冒号或 # 时，用引号括起来。' };
  }
}

/** Splits an MDX/Markdown file into its frontmatter text and body, keeping line numbers. */
export function splitFrontmatter(text: string): { frontmatter: string | undefined; body: string; bodyStartLine: number } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
  if (!match) return { frontmatter: undefined, body: text, bodyStartLine: 1 };
  const consumedLines = match[0].split('\n').length - (match[0].endsWith('\n') ? 1 : 0);
  return { frontmatter: match[1], body: text.slice(match[0].length), bodyStartLine: consumedLines + 1 };
}

/** Every string value of a parsed YAML document with its path (the text an editor wrote). */
export function stringsIn(data: unknown, path: PathSegment[] = []): Array<{ value: string; path: PathSegment[] }> {
  if (typeof data === 'string') return [{ value: data, path }];
  if (Array.isArray(data)) return data.flatMap((v, i) => stringsIn(v, [...path, i]));
  if (data && typeof data === 'object') return Object.entries(data).flatMap(([k, v]) => stringsIn(v, [...path, k]));
  return [];
}
