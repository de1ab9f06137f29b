import { collectProcessMetrics, createLogger, runMain, stopOnSignals } from '@hospital/kit';
import { createGateway } from './app.js';
import { GATEWAY_SERVICE } from './metrics.js';

await runMain('gateway', async () => {
  collectProcessMetrics(GATEWAY_SERVICE);
  const gateway = createGateway();
  await gateway.start();
  stopOnSignals(createLogger({ name: 'gateway', level: process.env['LOG_LEVEL'] ?? 'info' }), [() => gateway.stop()]);
});
