import { describe, expect, it } from 'vitest';
import { csvCell, guardFormula, toCsv } from '@/lib/export/csv';
import { parseCsv } from './parse-csv';

describe('csvCell (RFC 4180)', () => {
  it('leaves plain text and numbers bare', () => {
    expect(csvCell('Armed clash')).toBe('Armed clash');
    expect(csvCell(760)).toBe('760');
    expect(csvCell(-35.5)).toBe('-35.5');
  });
  it('writes null, undefined and non-finite numbers as empty cells', () => {
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(Number.NaN)).toBe('');
  });
  it('quotes commas, quotes, CR and LF and doubles inner quotes', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('he said "no"')).toBe('"he said ""no"""');
    expect(csvCell('line1\nline2')).toBe('"line1\nline2"');
    expect(csvCell('a\r\nb')).toBe('"a\r\nb"');
  });
  it('quotes cells with leading or trailing spaces so readers keep them', () => {
    expect(csvCell(' x')).toBe('" x"');
    expect(csvCell('x ')).toBe('"x "');
  });
  it('writes fixed-decimal numbers with exactly that many digits, negative ones unprefixed', () => {
    expect(csvCell({ fixed: 36.2, digits: 4 })).toBe('36.2000');
    expect(csvCell({ fixed: -0.123456, digits: 4 })).toBe('-0.1235');
  });
});

describe('formula-injection guard', () => {
  it.each(['=SUM(A1)', '+1', '-2+3', '@cmd', '\tx'])('prefixes %j with a single quote', (s) => {
    expect(guardFormula(s)).toBe(`'${s}`);
  });
  it('leaves other text alone', () => {
    expect(guardFormula('Shelling/artillery/missile attack')).toBe('Shelling/artillery/missile attack');
    expect(guardFormula("it's")).toBe("it's");
  });
  it('guards before quoting', () => {
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
  });
});

describe('toCsv', () => {
  it('writes CRLF lines that an independent reader splits back into the same cells', () => {
    const rows = [['a,b', 'say "hi"', 'multi\nline'], [1, null, 'plain']];
    const text = toCsv(['x', 'y', 'z'], rows);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(parseCsv(text)).toEqual([['x', 'y', 'z'], ['a,b', 'say "hi"', 'multi\nline'], ['1', '', 'plain']]);
  });
  it('refuses a row whose arity differs from the header', () => {
    expect(() => toCsv(['a', 'b'], [['only one']])).toThrow(/row 0 has 1 cells, header has 2/);
  });
});
