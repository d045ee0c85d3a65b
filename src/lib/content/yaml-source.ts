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
  /** Set when the text is not valid YAML. */
  syntaxError?: { message: string; line?: number | undefined };
}

export function parseYaml(text: string, lineOffset = 0): ParsedYaml {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
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
    return {
      data: undefined,
      lineOf,
      syntaxError: { message: first.message.split('\n')[0]!, line: first.linePos ? first.linePos[0].line + lineOffset : undefined },
    };
  }
  return { data: doc.toJS(), lineOf };
}

/** Splits an MDX/Markdown file into its frontmatter text and body, keeping line numbers. */
export function splitFrontmatter(text: string): { frontmatter: string | undefined; body: string; bodyStartLine: number } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
  if (!match) return { frontmatter: undefined, body: text, bodyStartLine: 1 };
  const consumedLines = match[0].split('\n').length - (match[0].endsWith('\n') ? 1 : 0);
  return { frontmatter: match[1], body: text.slice(match[0].length), bodyStartLine: consumedLines + 1 };
}
