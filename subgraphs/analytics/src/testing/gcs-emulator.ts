/**
 * A stand-in for Google Cloud Storage in tests: Google's service cannot be reached
 * from the machines the tests run on, and no emulator is installable here (the usual
 * one, fake-gcs-server, is a Go binary). The client under test is the real one,
 * @google-cloud/storage v7, pointed at this server through STORAGE_EMULATOR_HOST.
 *
 * It serves, from memory, exactly the JSON API calls the client makes for
 * `bucket.getFiles({ prefix })` and `file.createReadStream()`:
 *
 *   GET /storage/v1/b/<bucket>/o?prefix=…&pageToken=…&maxResults=…
 *       → { kind, items: [object resource…], nextPageToken? }
 *   GET /storage/v1/b/<bucket>/o/<url-encoded name>?alt=media
 *       → the bytes, with the x-goog-hash (crc32c, md5) and
 *         x-goog-stored-content-encoding headers the client checks a download against
 *   GET /storage/v1/b/<bucket>/o/<url-encoded name> → the object resource
 *
 * Lists come in pages of `pageSize` objects, so that the client's pagination is used.
 */
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface GcsEmulator {
  /** host:port, what STORAGE_EMULATOR_HOST holds. */
  host: string;
  /** Every request served, as `GET /path?query`. */
  requests: string[];
  put(bucket: string, name: string, content: string | Buffer): void;
  close(): Promise<void>;
}

/** CRC-32C (Castagnoli), which Cloud Storage reports and the client verifies a download with. */
const CRC32C_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0x82f63b78 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32c(data: Buffer): string {
  let crc = 0xffffffff;
  for (const byte of data) crc = (CRC32C_TABLE[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);
  const digest = Buffer.alloc(4);
  digest.writeUInt32BE((crc ^ 0xffffffff) >>> 0);
  return digest.toString('base64');
}

interface StoredObject {
  content: Buffer;
  generation: string;
  updated: string;
}

function resource(bucket: string, name: string, object: StoredObject) {
  return {
    kind: 'storage#object',
    id: `${bucket}/${name}/${object.generation}`,
    name,
    bucket,
    generation: object.generation,
    metageneration: '1',
    contentType: 'text/csv',
    storageClass: 'STANDARD',
    size: String(object.content.length),
    md5Hash: createHash('md5').update(object.content).digest('base64'),
    crc32c: crc32c(object.content),
    timeCreated: object.updated,
    updated: object.updated,
  };
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  const json = JSON.stringify(body);
  response.writeHead(status, {
    'content-type': 'application/json; charset=UTF-8',
    'content-length': Buffer.byteLength(json),
  });
  response.end(json);
}

const notFound = (response: ServerResponse, message: string) =>
  sendJson(response, 404, {
    error: { code: 404, message, errors: [{ domain: 'global', reason: 'notFound', message }] },
  });

export async function startGcsEmulator(options: { pageSize?: number } = {}): Promise<GcsEmulator> {
  const pageSize = options.pageSize ?? 1000;
  const buckets = new Map<string, Map<string, StoredObject>>();
  const requests: string[] = [];
  let generation = 1_700_000_000_000_000;

  function list(
    response: ServerResponse,
    bucketName: string,
    objects: Map<string, StoredObject>,
    query: URLSearchParams,
  ) {
    const prefix = query.get('prefix') ?? '';
    const after = query.get('pageToken');
    const from = after === null ? '' : Buffer.from(after, 'base64url').toString();
    const size = Math.min(pageSize, Number(query.get('maxResults') ?? pageSize));
    const names = [...objects.keys()].filter((n) => n.startsWith(prefix) && n >= from).sort();
    const page = names.slice(0, size);
    const next = names[size];
    sendJson(response, 200, {
      kind: 'storage#objects',
      items: page.map((n) => resource(bucketName, n, objects.get(n) as StoredObject)),
      ...(next === undefined ? {} : { nextPageToken: Buffer.from(next).toString('base64url') }),
    });
  }

  function serve(request: IncomingMessage, response: ServerResponse): void {
    requests.push(`${request.method} ${request.url}`);
    const url = new URL(request.url ?? '/', 'http://emulator');
    const match = /^\/storage\/v1\/b\/([^/]+)\/o(?:\/(.+))?$/.exec(url.pathname);
    if (request.method !== 'GET' || !match) return notFound(response, `not served by the emulator: ${request.url}`);
    const [, encodedBucket = '', encodedName] = match;
    const bucketName = decodeURIComponent(encodedBucket);
    const objects = buckets.get(bucketName);
    if (!objects) return notFound(response, 'The specified bucket does not exist.');
    if (encodedName === undefined) return list(response, bucketName, objects, url.searchParams);
    const name = decodeURIComponent(encodedName);
    const object = objects.get(name);
    if (!object) return notFound(response, `No such object: ${bucketName}/${name}`);
    if (url.searchParams.get('alt') !== 'media') return sendJson(response, 200, resource(bucketName, name, object));
    const meta = resource(bucketName, name, object);
    response.writeHead(200, {
      'content-type': 'text/csv',
      'content-length': object.content.length,
      'x-goog-generation': object.generation,
      'x-goog-hash': `crc32c=${meta.crc32c},md5=${meta.md5Hash}`,
      'x-goog-stored-content-encoding': 'identity',
      'x-goog-stored-content-length': object.content.length,
    });
    response.end(object.content);
  }

  const server = createServer(serve);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    host: `127.0.0.1:${port}`,
    requests,
    put(bucket, name, content) {
      let objects = buckets.get(bucket);
      if (!objects) buckets.set(bucket, (objects = new Map()));
      generation += 1;
      objects.set(name, {
        content: Buffer.from(content),
        generation: String(generation),
        updated: new Date().toISOString(),
      });
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
