import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { portToName } from './ports.js';

describe('portToName', () => {
  it('names ports below the ephemeral range, never the same twice in a process, each bindable', async () => {
    const ports = await Promise.all(Array.from({ length: 20 }, () => portToName()));
    expect(new Set(ports).size).toBe(20);
    for (const port of ports) {
      expect(port).toBeGreaterThanOrEqual(20_000);
      expect(port).toBeLessThan(32_768);
    }
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(ports[0], '127.0.0.1', resolve));
    await new Promise((resolve) => server.close(resolve));
  });
});
