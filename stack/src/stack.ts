import { createGateway } from '@hospital/gateway';
import {
  collectProcessMetrics,
  createLogger,
  portToName,
  InProcessSessionRegistry,
  type HttpService,
  type Logger,
  type Subgraph,
} from '@hospital/kit';
import { InProcessEventBus } from '@hospital/kit/events';
import { SUBGRAPHS } from './subgraphs.js';

/** Each subgraph's port: the one its `<NAME>_PORT` gives, its own by default, a free one for 0. */
async function portsOf(env: NodeJS.ProcessEnv): Promise<Record<string, number>> {
  const ports: Record<string, number> = {};
  for (const { name, port } of SUBGRAPHS) {
    const given = env[`${name.toUpperCase()}_PORT`];
    ports[name] = given === '0' ? await portToName() : given ? Number(given) : port;
  }
  return ports;
}

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
    // Every subgraph learns where every other answers before any starts: they call each other both
    // ways (appointments asks patients whether a patient exists, patients asks appointments about visits).
    const ports = await portsOf(env);
    const urls: Record<string, string> = {};
    for (const { name } of SUBGRAPHS) urls[`${name.toUpperCase()}_URL`] = `http://127.0.0.1:${ports[name]}/graphql`;
    for (const module of SUBGRAPHS) {
      const port = { [`${module.name.toUpperCase()}_PORT`]: String(ports[module.name]) };
      const subgraph = await module.create({ env: { ...env, ...urls, ...port }, bus, sessions, logger });
      const http = await subgraph.start();
      started.push({ subgraph, http });
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
