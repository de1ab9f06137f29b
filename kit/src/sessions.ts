import { EventEmitter } from 'node:events';
import { Redis } from 'ioredis';

/** From this session version on, a user's tokens count; every token below it has been ended. */
export interface SessionVersion {
  userId: string;
  validFrom: number;
}

/**
 * Which of a user's tokens still count. Every token accounts issues carries the
 * user's session version (`sv`); deactivating, a role change, a password change
 * or reset and signing out everywhere raise it, and every process (gateway and
 * subgraphs) refuses a token below the version it knows for that user. The check
 * is a lookup in this process's memory; ended sessions reach it as announcements
 * (docs/decisions.md, "Revocation").
 */
export interface SessionRegistry {
  /** The lowest session version of `userId` still valid: 0 while none of theirs was ever ended. */
  validFrom(userId: string): number;
  /** Called whenever a user's earlier sessions end here (close their sockets, say). */
  onEnded(listener: (ended: SessionVersion) => void): void;
  /** Accounts: makes these ends known to every process (only ever raises a version). */
  announce(ends: readonly SessionVersion[]): Promise<void>;
  /** Accounts: called when the shared store may have lost what was announced (Redis restarted empty). */
  onStoreMaybeLost(listener: () => void): void;
  /** Whether this process has read what was announced before it started. */
  ready(): boolean;
  /** Reads what was announced before; resolves once read, or once the store has been tried. */
  start(): Promise<void>;
  close(): Promise<void>;
}

/** Keeps the higher of two versions; whether it raised one. */
function raise(versions: Map<string, number>, { userId, validFrom }: SessionVersion): boolean {
  if ((versions.get(userId) ?? 0) >= validFrom) return false;
  versions.set(userId, validFrom);
  return true;
}

/** One process's registry (the embedded default): accounts announces to the other subgraphs and the gateway beside it. */
export class InProcessSessionRegistry implements SessionRegistry {
  private readonly versions = new Map<string, number>();
  private readonly ended = new EventEmitter();

  validFrom(userId: string): number {
    return this.versions.get(userId) ?? 0;
  }

  onEnded(listener: (ended: SessionVersion) => void): void {
    this.ended.on('ended', listener);
  }

  async announce(ends: readonly SessionVersion[]): Promise<void> {
    for (const end of ends) if (raise(this.versions, end)) this.ended.emit('ended', end);
  }

  /** Dies with the process, and accounts announces again when it starts. */
  onStoreMaybeLost(): void {}

  ready(): boolean {
    return true;
  }

  async start(): Promise<void> {}

  async close(): Promise<void> {
    this.ended.removeAllListeners();
  }
}

/** How often a process reads the whole registry again, in case an announcement passed it by. */
const RELOAD_MS = 30_000;
/** How long a starting process waits for Redis to answer before it serves without what was announced. */
const START_WAIT_MS = 2_000;

/**
 * Raises each user's version in the hash only upward and publishes what it
 * raised, in one step: two announcements crossing cannot lower a version.
 */
const ANNOUNCE = `
for i = 1, #ARGV, 2 do
  local current = tonumber(redis.call('HGET', KEYS[1], ARGV[i]) or '0')
  if tonumber(ARGV[i + 1]) > current then
    redis.call('HSET', KEYS[1], ARGV[i], ARGV[i + 1])
    redis.call('PUBLISH', KEYS[2], ARGV[i] .. ' ' .. ARGV[i + 1])
  end
end
return 0`;

/**
 * Redis: a hash of every user's valid-from version, and a channel on which each
 * raise is published. A process subscribes to the channel, then reads the whole
 * hash (on start, on every reconnection, and every 30 s), so that nothing
 * announced meanwhile passes it by. While Redis is away a process keeps what it
 * knows, and one that started meanwhile says so in `ready()`.
 */
export class RedisSessionRegistry implements SessionRegistry {
  private readonly versions = new Map<string, number>();
  private readonly ended = new EventEmitter();
  private readonly lost = new EventEmitter();
  private readonly client: Redis;
  private subscriber: Redis | undefined;
  private reload: NodeJS.Timeout | undefined;
  private loaded = false;
  private connections = 0;
  /** The hash, and the channel of the same name. */
  private readonly key: string;

  constructor(
    private readonly url: string,
    prefix: string,
    private readonly onError: (error: unknown) => void = () => {},
  ) {
    this.key = `${prefix}:sessions`;
    this.client = new Redis(url, { maxRetriesPerRequest: 1, commandTimeout: 2_000 });
    this.client.on('error', onError);
    // A reconnection may be to a Redis that lost everything: accounts announces again.
    this.client.on('ready', () => {
      if (this.connections++ > 0) this.lost.emit('lost');
    });
  }

  /**
   * Subscribes, then reads the hash, on every (re)connection. Resolves after the
   * first read, or after START_WAIT_MS if Redis does not answer (it may be away:
   * the process serves, and reads once Redis is back).
   */
  async start(): Promise<void> {
    // Subscribed by hand on each connection, and only once it is up: a SUBSCRIBE queued
    // before would put the connection in subscriber mode under ioredis's ready check.
    const subscriber = new Redis(this.url, {
      maxRetriesPerRequest: null,
      enableReadyCheck: false,
      autoResubscribe: false,
    });
    this.subscriber = subscriber;
    subscriber.on('error', this.onError);
    subscriber.on('message', (_channel: string, message: string) => {
      const [userId, version] = message.split(' ');
      if (userId && version) this.raise({ userId, validFrom: Number(version) });
    });
    const firstRead = new Promise<void>((resolve) => {
      subscriber.on('ready', () => {
        subscriber
          .subscribe(this.key)
          .then(() => this.load(), this.onError)
          .finally(resolve);
      });
      setTimeout(resolve, START_WAIT_MS).unref();
    });
    this.reload = setInterval(() => void this.load(), RELOAD_MS);
    this.reload.unref();
    await firstRead;
  }

  validFrom(userId: string): number {
    return this.versions.get(userId) ?? 0;
  }

  onEnded(listener: (ended: SessionVersion) => void): void {
    this.ended.on('ended', listener);
  }

  async announce(ends: readonly SessionVersion[]): Promise<void> {
    if (!ends.length) return;
    const args = ends.flatMap(({ userId, validFrom }) => [userId, String(validFrom)]);
    await this.client.eval(ANNOUNCE, 2, this.key, this.key, ...args);
  }

  onStoreMaybeLost(listener: () => void): void {
    this.lost.on('lost', listener);
  }

  ready(): boolean {
    return this.loaded;
  }

  async close(): Promise<void> {
    clearInterval(this.reload);
    this.ended.removeAllListeners();
    this.lost.removeAllListeners();
    await Promise.allSettled([this.client.quit(), this.subscriber?.quit()]);
  }

  private async load(): Promise<void> {
    try {
      const all = await this.client.hgetall(this.key);
      for (const [userId, version] of Object.entries(all)) this.raise({ userId, validFrom: Number(version) });
      this.loaded = true;
    } catch (error) {
      this.onError(error);
    }
  }

  private raise(end: SessionVersion): void {
    if (Number.isSafeInteger(end.validFrom) && raise(this.versions, end)) this.ended.emit('ended', end);
  }
}

export interface SessionRegistrySettings {
  redisUrl: string | undefined;
  /** The deployment's event stream name: two stacks on one Redis keep their sessions apart. */
  prefix: string;
}

/** Redis's registry when there is one, else this process's; `start()` it before serving. */
export function createSessionRegistry(
  settings: SessionRegistrySettings,
  onError?: (error: unknown) => void,
): SessionRegistry {
  return settings.redisUrl
    ? new RedisSessionRegistry(settings.redisUrl, settings.prefix, onError)
    : new InProcessSessionRegistry();
}
