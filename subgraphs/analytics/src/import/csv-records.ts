import { CsvError, Parser } from 'csv-parse';

export interface CsvRecord {
  fields: string[];
  /** 1-based, the header being line 1: the line the record starts on. */
  line: number;
}

/** Records are handed on in arrays of this many: one await per batch instead of one per record. */
const RECORDS_PER_BATCH = 1_000;

function newlinesIn(fields: readonly string[]): number {
  let count = 0;
  for (const field of fields) {
    for (let at = field.indexOf('\n'); at !== -1; at = field.indexOf('\n', at + 1)) count += 1;
  }
  return count;
}

/**
 * csv-parse, handing on arrays of records, each with its line number. The parser's
 * own `info` option builds an object of a dozen counters per record, which nearly
 * doubles the time a million rows take; reading its running line count as each
 * record is pushed gives the same number for nothing. Malformed records (a stray
 * quote) are skipped and emitted as `skip` events, so one of them does not hide the
 * problems of the rest of the file.
 */
export class NumberedCsvParser extends Parser {
  private batch: CsvRecord[] = [];

  constructor() {
    super({ bom: true, relax_column_count: true, skip_empty_lines: true, skip_records_with_error: true });
  }

  override push(chunk: unknown, encoding?: BufferEncoding): boolean {
    if (chunk === null) {
      this.pushBatch();
      return super.push(null, encoding);
    }
    const fields = chunk as string[];
    // The count stands at the line the record ends on; a quoted field may span lines.
    this.batch.push({ fields, line: this.info.lines - newlinesIn(fields) });
    return this.batch.length < RECORDS_PER_BATCH || this.pushBatch();
  }

  private pushBatch(): boolean {
    if (this.batch.length === 0) return true;
    const batch = this.batch;
    this.batch = [];
    return super.push(batch);
  }
}

const SYNTAX: Partial<Record<string, string>> = {
  CSV_QUOTE_NOT_CLOSED: 'a quoted field opened on this line or before it is never closed',
  CSV_INVALID_CLOSING_QUOTE: 'a closing quote is followed by something other than a comma or the end of the line',
  CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE:
    'a closing quote is followed by something other than a comma or the end of the line',
  INVALID_OPENING_QUOTE: 'a quote in the middle of a field that does not start with one',
};

/** A malformed record as a problem: its line and what is wrong, in words. */
export function syntaxProblem(error: CsvError): { line: number; message: string } {
  const line = Number(error['lines']) || 1;
  return { line, message: `not valid CSV: ${SYNTAX[error.code] ?? error.message}` };
}
