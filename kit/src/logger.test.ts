import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from './logger.js';

describe('createLogger', () => {
  it('never writes names, contact details, medical text or credentials', () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    createLogger({ name: 'test', level: 'info' }, sink).info(
      {
        patient: {
          name: 'Olena Kovalenko',
          email: 'olena@example.com',
          phone: '+380441234567',
          dateOfBirth: '1990-01-01',
        },
        record: { diagnosis: 'Preeclampsia', notes: 'Bed rest' },
        input: { password: 'hunter2-hunter2' },
        req: { headers: { authorization: 'Bearer abc' } },
        patientId: 'kept-because-it-is-an-id',
      },
      'registered',
    );
    const line = lines.join('');
    for (const secret of [
      'Olena',
      'olena@example.com',
      '+380441234567',
      '1990-01-01',
      'Preeclampsia',
      'Bed rest',
      'hunter2',
      'Bearer abc',
    ]) {
      expect(line).not.toContain(secret);
    }
    expect(line).toContain('kept-because-it-is-an-id');
    expect(JSON.parse(line)).toMatchObject({ service: 'test', level: 'info', msg: 'registered' });
  });
});

describe('a logged database error', () => {
  it('keeps its code and where it happened, not the statement, its values or the server message', () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    const error = Object.assign(new Error("Duplicate entry 'olena@example.com' for key 'email'"), {
      code: 'ER_DUP_ENTRY',
      query: 'INSERT INTO patients (email) VALUES (?)',
      parameters: ['olena@example.com'],
      driverError: { sqlMessage: "Duplicate entry 'olena@example.com'" },
    });
    createLogger({ name: 'test', level: 'info' }, sink).error({ err: error }, 'operation failed');
    const line = lines.join('');
    expect(line).not.toContain('olena');
    expect(line).not.toContain('INSERT INTO');
    expect(JSON.parse(line).err).toMatchObject({ code: 'ER_DUP_ENTRY', message: 'database error ER_DUP_ENTRY' });
  });

  it('keeps a database fault among the causes of another error out too', () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    const fault = Object.assign(new Error("Duplicate entry 'olena@example.com' for key 'email'"), {
      code: 'ER_DUP_ENTRY',
      sqlMessage: "Duplicate entry 'olena@example.com' for key 'email'",
    });
    const error = new Error('could not register the patient', { cause: new Error('insert failed', { cause: fault }) });
    createLogger({ name: 'test', level: 'info' }, sink).error({ err: error }, 'operation failed');
    const line = lines.join('');
    expect(line).not.toContain('olena');
    expect(JSON.parse(line).err).toMatchObject({
      message: 'could not register the patient (caused by database error ER_DUP_ENTRY)',
    });
  });
});
