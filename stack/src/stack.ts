import { createGateway } from '@hospital/gateway';
import {
  collectProcessMetrics,
  createLogger,
  InProcessEventBus,
  InProcessSessionRegistry,
  type HttpService,
  type Logger,
  type Subgraph,
} from '@hospital/kit';
import { SUBGRAPHS } from './subgraphs.js';

export interface EmbeddedStack {
  gatewayUrl: string;
  subgraphs: { name: string; url: string }[];
  stop(): Promise<void>;
}

/**
 * The whole supergraph in one process: every subgraph on its own port with its
 * SQLite file under DATA_DIR, one in-process event bus and session registry,
 * then the gateway. Each port's /metrics serves the whole process: its own
 * metrics (CPU, memory) are labelled `service="stack"`.
 * Stopping goes the other way round.
 */
export async function startEmbeddedStack(
  env: NodeJS.ProcessEnv = process.env,
  logger: Logger = createLogger({ name: 'stack', level: env['LOG_LEVEL'] ?? 'info' }),
): Promise<EmbeddedStack> {
  collectProcessMetrics('stack');
  const bus = new InProcessEventBus((error) => logger.warn({ err: error }, 'event handler failed'));
  const sessions = new InProcessSessionRegistry();
  const started: { subgraph: Subgraph; http: HttpService }[] = [];
  const stopAll = async () => {
    for (const { subgraph } of [...started].reverse()) await subgraph.stop();
    await bus.close();
    await sessions.close();
  };
  try {
    // Each subgraph learns the URLs of those started before it (appointments asks doctors for schedules).
    const urls: Record<string, string> = {};
    for (const module of SUBGRAPHS) {
      const subgraph = await module.create({ env: { ...env, ...urls }, bus, sessions, logger });
      const http = await subgraph.start();
      started.push({ subgraph, http });
      urls[`${subgraph.name.toUpperCase()}_URL`] = http.url;
    }
    const gateway = createGateway({ env: { ...env, ...urls }, logger, bus, sessions });
    const gatewayHttp = await gateway.start();
    return {
      gatewayUrl: gatewayHttp.url,
      subgraphs: started.map(({ subgraph, http }) => ({ name: subgraph.name, url: http.url })),
      async stop() {
        await gateway.stop();
        await stopAll();
      },
    };
  } catch (error) {
    await stopAll();
    throw error;
  }
}
