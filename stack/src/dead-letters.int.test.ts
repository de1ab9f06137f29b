import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAnalyticsSubgraph } from '@hospital/analytics';
import { newId, type Subgraph } from '@hospital/kit';
import { AppliedEvent, DeadLetterEvent, InProcessEventBus } from '@hospital/kit/events';
import { eventually, TEST_JWT_SECRET } from '@hospital/kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deadLetters, UsageError } from './dead-letters.js';

describe('pnpm dead-letters', () => {
  let dataDir: string;
  let analytics: Subgraph;
  let bus: InProcessEventBus;
  const env = () => ({ DATA_DIR: dataDir, JWT_SECRET: TEST_JWT_SECRET, ANALYTICS_PORT: '0', LOG_LEVEL: 'silent' });

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'dead-letters-'));
    bus = new InProcessEventBus();
    analytics = await createAnalyticsSubgraph({ env: env(), bus });
    await analytics.start();
  });

  afterAll(async () => {
    await analytics?.stop();
    await bus.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const run = async (...args: string[]) => {
    const lines: string[] = [];
    await deadLetters(args, env(), (line) => lines.push(line));
    return lines.join('\n');
  };

  it('lists what a consumer parked, and has the running consumer apply it again when asked', async () => {
    const event = {
      id: newId(),
      type: 'feedback.submitted',
      occurredAt: '2026-12-01T10:00:00.000Z',
      payload: {
        feedbackId: newId(),
        appointmentId: newId(),
        patientId: newId(),
        doctorId: newId(),
        rating: 5,
        submittedAt: '2026-12-01T10:00:00.000Z',
      },
    };
    // Parked once by a consumer that has since been mended.
    await analytics.dataSource.getRepository(DeadLetterEvent).insert({
      eventId: event.id,
      type: event.type,
      event: JSON.stringify(event),
      reason: 'failed 5 times: Error: ER_WARN_DATA_OUT_OF_RANGE',
      parkedAt: new Date('2026-12-01T10:00:01.000Z'),
      consumerGroup: 'analytics',
      replayRequestedAt: null,
    });
    const listed = await run('analytics');
    expect(listed).toContain('analytics: 1 dead letter');
    expect(listed).toContain(`${event.id}  feedback.submitted  group analytics`);
    expect(listed).toContain('failed 5 times: Error: ER_WARN_DATA_OUT_OF_RANGE');

    expect(await run('analytics', 'replay', event.id)).toContain('replay asked for 1');
    await eventually(async () => {
      expect(await analytics.dataSource.getRepository(DeadLetterEvent).findOneBy({ eventId: event.id })).toBeNull();
    }, 10_000);
    expect(await analytics.dataSource.getRepository(AppliedEvent).existsBy({ eventId: event.id })).toBe(true);
    expect(await run('analytics')).toContain('analytics: 0 dead letters');
  });

  it('refuses what it does not know, naming what it does', async () => {
    await expect(run('doctors')).rejects.toThrow(UsageError);
    await expect(run('analytics', 'replay', 'no-such-id')).rejects.toThrow('analytics has no dead letter no-such-id');
    await expect(run('analytics', 'delete', 'x')).rejects.toThrow('unknown action');
  });
});
