import { createLogger, runMain, stopOnSignals } from '@hospital/kit';
import { createGateway } from './app.js';

await runMain('gateway', async () => {
  const gateway = createGateway();
  await gateway.start();
  stopOnSignals(createLogger({ name: 'gateway', level: process.env['LOG_LEVEL'] ?? 'info' }), [() => gateway.stop()]);
});
