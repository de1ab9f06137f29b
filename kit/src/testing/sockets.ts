import WebSocket from 'ws';

/**
 * Asks `url` (ws:…) to upgrade to the lobby's protocol as a page of `origin` would
 * (none: a client that is no web page), and closes what opened: the upgrade's HTTP
 * status, 101 when the socket opened.
 */
export function upgradeStatus(url: string, origin?: string): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    const ws = new WebSocket(url, 'graphql-transport-ws', origin ? { origin } : {});
    ws.once('open', () => {
      ws.close();
      resolve(101);
    });
    ws.once('unexpected-response', (_request, response) => {
      resolve(response.statusCode ?? 0);
      response.resume();
      ws.terminate();
    });
    ws.once('error', reject);
  });
}
