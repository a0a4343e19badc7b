/**
 * text/plain ingestion bodies: the first non-empty line is the title, everything after it the text.
 * In: the decoded body. Out: {title, text}, or HttpError 400 naming the missing part.
 */
import { HttpError } from './http';

/** text/plain body → title + text: the first non-empty line is the title, the rest is the text. */
export function splitPlainText(body: string): { title: string; text: string } {
  const lines = body.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const first = lines.findIndex((l) => l.trim() !== '');
  const title = first >= 0 ? lines[first]!.trim() : '';
  const text = first >= 0 ? lines.slice(first + 1).join('\n').trim() : '';
  const issues = [
    ...(title ? [] : [{ path: 'title', message: 'the first line (the title) is empty' }]),
    ...(text ? [] : [{ path: 'text', message: 'no text after the title line' }]),
  ];
  if (issues.length) throw new HttpError(400, `invalid article: ${issues[0]!.path}: ${issues[0]!.message}`, issues);
  return { title, text };
}
