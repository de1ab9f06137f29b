import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { CsvError } from 'csv-parse';
import { describe, expect, it } from 'vitest';
import { NumberedCsvParser, syntaxProblem, type CsvRecord } from './csv-records.js';

async function parse(text: string) {
  const records: CsvRecord[] = [];
  const problems: { line: number; message: string }[] = [];
  const parser = new NumberedCsvParser();
  parser.on('skip', (error: CsvError) => problems.push(syntaxProblem(error)));
  await pipeline(Readable.from([Buffer.from(text)]), parser, async (batches: AsyncIterable<CsvRecord[]>) => {
    for await (const batch of batches) records.push(...batch);
  });
  return { records, problems };
}

describe('NumberedCsvParser', () => {
  it('numbers records by the line they start on, blank lines counted and skipped', async () => {
    const { records } = await parse('a,b\n1,2\n\n3,4\n\n\n"5\nfive",6\n7,8');
    expect(records).toEqual([
      { fields: ['a', 'b'], line: 1 },
      { fields: ['1', '2'], line: 2 },
      { fields: ['3', '4'], line: 4 },
      { fields: ['5\nfive', '6'], line: 7 },
      { fields: ['7', '8'], line: 9 },
    ]);
  });

  it('drops a UTF-8 BOM and reads CRLF line ends', async () => {
    const { records } = await parse('\uFEFFa,b\r\n1,"x,y"\r\n');
    expect(records).toEqual([
      { fields: ['a', 'b'], line: 1 },
      { fields: ['1', 'x,y'], line: 2 },
    ]);
  });

  it('keeps rows of any width, for the importer to judge', async () => {
    const { records } = await parse('a,b\n1\n1,2,3\n');
    expect(records.map((r) => r.fields.length)).toEqual([2, 1, 3]);
  });

  it('hands on thousands of records in batches, numbered throughout', async () => {
    const lines = Array.from({ length: 2_500 }, (_, i) => `row-${i + 1}`);
    const { records } = await parse(`${lines.join('\n')}\n`);
    expect(records).toHaveLength(2_500);
    expect(records.every((r, i) => r.line === i + 1 && r.fields[0] === `row-${i + 1}`)).toBe(true);
  });

  it('reports a stray quote as a problem of its line and goes on', async () => {
    const { records, problems } = await parse('a,b\n1,2"x\n3,4\n');
    expect(records.map((r) => r.line)).toEqual([1, 3]);
    expect(problems).toEqual([
      { line: 2, message: 'not valid CSV: a quote in the middle of a field that does not start with one' },
    ]);
  });

  it('reports a quote never closed', async () => {
    const { problems } = await parse('a,b\n1,"2\n3,4\n');
    expect(problems).toEqual([
      { line: 3, message: 'not valid CSV: a quoted field opened on this line or before it is never closed' },
    ]);
  });
});
