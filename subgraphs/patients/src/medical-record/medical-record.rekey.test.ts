import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { RecordCipher, type SealedPlace } from './medical-record.cipher.js';
import { rekeyReportLines, valuesToReseal } from './medical-record.rekey.js';

const PLACE: Omit<SealedPlace, 'field'> = { patientId: 'p1', recordId: 'r1', version: 1 };
const previous = new RecordCipher(randomBytes(32));
const current = new RecordCipher(randomBytes(32));
const V2 = 'v2:AAAAAAAAAAAAAAAA:AAAAAAAAAAAAAAAAAAAAAA==:AAAA';

describe('valuesToReseal', () => {
  it('leaves a version sealed under the current key alone, notes or none', () => {
    const diagnosis = current.seal('Anaemia', { ...PLACE, field: 'diagnosis' });
    const notes = current.seal('Iron', { ...PLACE, field: 'notes' });
    expect(valuesToReseal({ diagnosisSealed: diagnosis, notesSealed: notes }, current.keyId)).toEqual([]);
    expect(valuesToReseal({ diagnosisSealed: diagnosis, notesSealed: null }, current.keyId)).toEqual([]);
  });

  it('takes every value sealed under another key, or in an earlier format', () => {
    const diagnosis = previous.seal('Anaemia', { ...PLACE, field: 'diagnosis' });
    expect(valuesToReseal({ diagnosisSealed: diagnosis, notesSealed: V2 }, current.keyId)).toEqual([
      { field: 'diagnosis', value: diagnosis },
      { field: 'notes', value: V2 },
    ]);
    expect(valuesToReseal({ diagnosisSealed: `v1${V2.slice(2)}`, notesSealed: null }, current.keyId)).toEqual([
      { field: 'diagnosis', value: `v1${V2.slice(2)}` },
    ]);
  });

  it('takes only the stale value of a version sealed half under each key', () => {
    const notes = current.seal('Iron', { ...PLACE, field: 'notes' });
    expect(valuesToReseal({ diagnosisSealed: V2, notesSealed: notes }, current.keyId)).toEqual([
      { field: 'diagnosis', value: V2 },
    ]);
  });

  it('does not take a value that merely contains the key id', () => {
    const diagnosis = `v2:${current.keyId}:AAAA:AAAA:AAAA`;
    expect(valuesToReseal({ diagnosisSealed: diagnosis, notesSealed: null }, current.keyId)).toHaveLength(1);
  });
});

describe('rekeyReportLines', () => {
  it('counts, then lists each unreadable version with what did not open, naming no key', () => {
    const lines = rekeyReportLines({
      resealed: 12,
      alreadyCurrent: 3,
      unreadable: [
        { recordId: 'r9', version: 2, earlier: true, fields: [{ field: 'diagnosis', reason: 'key-missing' }] },
        { recordId: 'r7', version: 4, earlier: false, fields: [{ field: 'notes', reason: 'does-not-open' }] },
      ],
    });
    expect(lines).toEqual([
      expect.stringMatching(/^medical records: 12 resealed, 3 already current, 2 unreadable/),
      expect.stringMatching(
        /^unreadable, left as it was: record r9 version 2 \(earlier\): diagnosis sealed under a key/,
      ),
      expect.stringMatching(/^unreadable, left as it was: record r7 version 4 \(current\): notes opens under no/),
    ]);
  });
});
