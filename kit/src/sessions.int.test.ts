import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { RedisSessionRegistry, type SessionVersion } from './sessions.js';
import { eventually, freePort, ownRedis, redisAvailable, TEST_REDIS_URL } from './testing/index.js';

describe.runIf(await redisAvailable())('the session registry on Redis', () => {
  const registries: RedisSessionRegistry[] = [];
  const started = async (url = TEST_REDIS_URL, prefix = `hospital:test:${randomUUID()}`) => {
    const registry = new RedisSessionRegistry(url, prefix);
    registries.push(registry);
    await registry.start();
    return registry;
  };

  afterEach(async () => {
    await Promise.all(registries.splice(0).map((registry) => registry.close()));
  });

  it('tells every process of an end at once, and one started later reads it', async () => {
    const prefix = `hospital:test:${randomUUID()}`;
    const [accounts, gateway] = [await started(TEST_REDIS_URL, prefix), await started(TEST_REDIS_URL, prefix)];
    const heard: SessionVersion[] = [];
    gateway.onEnded((ended) => heard.push(ended));
    await accounts.announce([{ userId: 'u-1', validFrom: 2 }]);
    await eventually(() => expect(gateway.validFrom('u-1')).toBe(2), 2_000);
    expect(heard).toEqual([{ userId: 'u-1', validFrom: 2 }]);
    expect(gateway.validFrom('u-2')).toBe(0);

    // Announced again, or out of order: nothing changes, nobody is told again.
    await accounts.announce([
      { userId: 'u-1', validFrom: 1 },
      { userId: 'u-1', validFrom: 2 },
    ]);
    const late = await started(TEST_REDIS_URL, prefix);
    expect(late.ready()).toBe(true);
    expect(late.validFrom('u-1')).toBe(2);
    expect(heard).toHaveLength(1);
  });

  it('keeps deployments on one Redis apart by their prefix', async () => {
    const [one, other] = [await started(), await started()];
    await one.announce([{ userId: 'u-1', validFrom: 1 }]);
    await eventually(() => expect(one.validFrom('u-1')).toBe(1), 2_000);
    expect(other.validFrom('u-1')).toBe(0);
  });

  describe('when Redis is away or restarts empty', () => {
    let port: number;
    let redis: ReturnType<typeof ownRedis>;
    beforeAll(async () => {
      port = await freePort();
      redis = ownRedis(port);
    });
    afterAll(() => redis.stop());

    it('starts without it and says so, reads once it is back, and asks accounts to announce again', async () => {
      const url = `redis://127.0.0.1:${port}`;
      const registry = await started(url);
      expect(registry.ready()).toBe(false);
      await redis.start();
      await eventually(() => expect(registry.ready()).toBe(true), 10_000);

      const accounts = await started(url, `hospital:test:${randomUUID()}`);
      let lost = 0;
      accounts.onStoreMaybeLost(() => (lost += 1));
      await redis.stop();
      await redis.start();
      await eventually(() => expect(lost).toBe(1), 15_000);
    });
  });
});
