/** Line numbers for what a rule finds inside an article body or a text. */
import type { ArticleSource } from '../model';

/** 1-based line of an offset in text. */
export function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** The file's line of an offset in the article's body. */
export function bodyLine(article: Pick<ArticleSource, 'body' | 'bodyStartLine'>, index: number): number {
  return article.bodyStartLine + lineAt(article.body, index) - 1;
}
