import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { HARNESS_PORTS, portToName, STACK_PORTS } from './ports.js';

describe('portToName', () => {
  it('names ports in its range, below the ephemeral one, never the same twice in a process, each bindable', async () => {
    const ports = await Promise.all(Array.from({ length: 20 }, () => portToName()));
    expect(new Set(ports).size).toBe(20);
    for (const port of ports) {
      expect(port).toBeGreaterThanOrEqual(STACK_PORTS.lowest);
      expect(port).toBeLessThanOrEqual(STACK_PORTS.highest);
    }
    expect(STACK_PORTS.highest).toBeLessThan(HARNESS_PORTS.lowest);
    expect(HARNESS_PORTS.highest).toBeLessThan(32_768);
    const harness = await portToName(HARNESS_PORTS);
    expect(harness).toBeGreaterThanOrEqual(HARNESS_PORTS.lowest);
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(ports[0], '127.0.0.1', resolve));
    await new Promise((resolve) => server.close(resolve));
  });
});
