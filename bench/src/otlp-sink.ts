import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface OtlpSink {
  /** The base URL to give as OTEL_EXPORTER_OTLP_ENDPOINT. */
  url: string;
  /** Export requests and their bytes received so far. */
  received(): { exports: number; bytes: number };
  close(): Promise<void>;
}

/**
 * Where the stack's spans go while the bench measures what tracing costs: an
 * OTLP/HTTP endpoint taking `http/protobuf` exports (the kit's default protocol)
 * as a collector would, answering each with an empty ExportTraceServiceResponse
 * (an empty protobuf message is zero bytes). It counts what arrives, so the
 * figure can show that spans were really sent, and keeps none of it: decoding
 * them would spend the load core's CPU on what no figure reads.
 */
export async function startOtlpSink(): Promise<OtlpSink> {
  let exports = 0;
  let bytes = 0;
  const server = createServer((req, res) => {
    req.on('data', (chunk: Buffer) => (bytes += chunk.length));
    req.on('end', () => {
      if (req.method !== 'POST' || req.url !== '/v1/traces') {
        res.writeHead(404).end();
        return;
      }
      exports += 1;
      res.writeHead(200, { 'content-type': 'application/x-protobuf' }).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    received: () => ({ exports, bytes }),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
