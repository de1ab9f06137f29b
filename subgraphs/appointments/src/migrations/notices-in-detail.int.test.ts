import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDataSource, migrate } from '@hospital/kit';
import { createTestDatabase, mysqlAvailable, type TestDatabase } from '@hospital/kit/testing';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appointmentsTables } from '../app.js';

const backends = [
  { name: 'the embedded SQLite file', mysql: false },
  { name: 'MariaDB', mysql: await mysqlAvailable() },
].filter((b) => b.name !== 'MariaDB' || b.mysql);

const THIS = 'NoticesInDetail1765000000100';
const AT = "'2026-12-01 08:00:00.000'";

describe.each(backends)('the NoticesInDetail migration on $name', ({ mysql }) => {
  let source: DataSource;
  let database: TestDatabase | undefined;
  let dataDir: string;

  const insert = (id: string, columns: Record<string, string>) => {
    const all = {
      id: `'${id}'`,
      recipient_id: "'p1'",
      recipient_role: "'PATIENT'",
      channel: "'EMAIL'",
      status: "'SENT'",
      due_at: AT,
      attempts: '0',
      created_at: AT,
      ...columns,
    };
    return source.query(
      `INSERT INTO notifications (${Object.keys(all).join(', ')}) VALUES (${Object.values(all).join(', ')})`,
    );
  };
  const ids = async () =>
    ((await source.query('SELECT id FROM notifications ORDER BY id')) as { id: string }[]).map((row) => row.id);
  const applied = async () =>
    ((await source.query('SELECT name FROM schema_migrations ORDER BY timestamp')) as { name: string }[]).map(
      (row) => row.name,
    );

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'notices-migration-'));
    database = mysql ? await createTestDatabase('notices_migration') : undefined;
    source = createDataSource({ name: 'appointments', url: database?.url, dataDir, ...appointmentsTables });
    await source.initialize();
    await migrate(source);
  });
  afterAll(async () => {
    await source?.destroy();
    await database?.drop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('holds every kind, an offer instead of a visit, and each reschedule; refuses what breaks a key or a check', async () => {
    await insert('a-confirmation', { appointment_id: "'a1'", kind: "'CONFIRMATION'" });
    await insert('b-unavailable', {
      appointment_id: "'a1'",
      kind: "'DOCTOR_UNAVAILABLE'",
      context: `'{"alternatives":[]}'`,
      subject: "'Your doctor is unavailable'",
      body: "'Dear Olena, ...'",
    });
    await insert('c-reschedule-1', { appointment_id: "'a1'", kind: "'RESCHEDULE'", occurrence: '1' });
    await insert('d-reschedule-2', { appointment_id: "'a1'", kind: "'RESCHEDULE'", occurrence: '2' });
    await insert('e-offer', { offer_id: "'o1'", kind: "'SLOT_OFFER'", expires_at: AT });
    // One at a time: each refusal is awaited before the next insert is sent.
    const refused = [
      () => insert('x-offer-again', { offer_id: "'o1'", kind: "'SLOT_OFFER'" }),
      () => insert('x-confirmation-again', { appointment_id: "'a1'", kind: "'CONFIRMATION'" }),
      () => insert('x-about-nothing', { kind: "'SLOT_OFFER'" }),
      () => insert('x-about-both', { appointment_id: "'a2'", offer_id: "'o2'", kind: "'SLOT_OFFER'" }),
      () => insert('x-unknown-kind', { appointment_id: "'a3'", kind: "'POSTCARD'" }),
      () => insert('x-negative', { appointment_id: "'a4'", kind: "'RESCHEDULE'", occurrence: '-1' }),
    ];
    for (const attempt of refused) await expect(attempt()).rejects.toThrow();
    expect(await ids()).toEqual(['a-confirmation', 'b-unavailable', 'c-reschedule-1', 'd-reschedule-2', 'e-offer']);
  });

  it('goes down to the old table, keeping what it can hold, and up again', async () => {
    while ((await applied()).includes(THIS)) await source.undoLastMigration();
    expect(await ids()).toEqual(['a-confirmation']);
    // The old kind CHECK and the old key are back.
    await expect(insert('x-rejection', { appointment_id: "'a5'", kind: "'REJECTION'" })).rejects.toThrow();
    await expect(insert('x-no-visit', { kind: "'CONFIRMATION'" })).rejects.toThrow();
    await insert('f-reminder', { appointment_id: "'a1'", kind: "'REMINDER_1H'" });

    await migrate(source);
    expect(await applied()).toContain(THIS);
    expect(await ids()).toEqual(['a-confirmation', 'f-reminder']);
    const [row] = (await source.query(
      "SELECT occurrence, subject, body, context FROM notifications WHERE id = 'f-reminder'",
    )) as {
      occurrence: number;
    }[];
    expect(row).toEqual({ occurrence: 0, subject: null, body: null, context: null });
    await insert('g-offer', { offer_id: "'o1'", kind: "'SLOT_OFFER'" });
  });
});
