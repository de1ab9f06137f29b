import { describe, expect, it } from 'vitest';
import { OneAtATime, SharedWhileRunning } from './in-flight.js';

/** A promise settled from outside. */
function gate<T>() {
  let open!: (value: T) => void;
  let fail!: (error: Error) => void;
  const promise = new Promise<T>((resolve, reject) => {
    open = resolve;
    fail = reject;
  });
  return { promise, open, fail };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('SharedWhileRunning', () => {
  it('gives callers arriving together one answer, and starts afresh once it has settled', async () => {
    const shared = new SharedWhileRunning<number>();
    const first = gate<number>();
    let started = 0;
    const work = () => {
      started += 1;
      return first.promise;
    };
    const answers = Promise.all([shared.share('a', work), shared.share('a', work), shared.share('a', work)]);
    expect(started).toBe(1);
    first.open(7);
    expect(await answers).toEqual([7, 7, 7]);
    expect(await shared.share('a', () => Promise.resolve(8))).toBe(8);
  });

  it('lets a caller who joined work that failed do her own, when she asks to', async () => {
    const shared = new SharedWhileRunning<string>();
    const first = gate<string>();
    const mine = shared.share('a', () => first.promise);
    const joined = shared.share('a', () => Promise.resolve('own'), { ownOnFailure: true });
    const plain = shared.share('a', () => Promise.resolve('never'));
    first.fail(new Error('the first caller’s token was refused'));
    await expect(mine).rejects.toThrow('refused');
    await expect(plain).rejects.toThrow('refused');
    expect(await joined).toBe('own');
  });

  it('keeps keys apart, and forgets a failure as soon as it has happened', async () => {
    const shared = new SharedWhileRunning<string>();
    const failing = shared.share('a', () => Promise.reject(new Error('down')));
    const other = shared.share('b', () => Promise.resolve('b'));
    await expect(failing).rejects.toThrow('down');
    expect(await other).toBe('b');
    expect(await shared.share('a', () => Promise.resolve('again'))).toBe('again');
  });
});

describe('OneAtATime', () => {
  it('lets the attempts that arrive during one wait for it, then run their own side by side', async () => {
    const turns = new OneAtATime();
    const order: string[] = [];
    const first = gate<string>();
    const leader = turns.attempt('slot', async (waited) => {
      order.push(`leader starts${waited ? ' after waiting' : ''}`);
      return first.promise;
    });
    const seconds = gate<undefined>();
    const followers = ['x', 'y'].map((name) =>
      turns.attempt('slot', async (waited) => {
        order.push(`${name} starts${waited ? ' after waiting' : ''}`);
        await seconds.promise;
        return name;
      }),
    );
    await tick();
    expect(order).toEqual(['leader starts']);
    first.fail(new Error('the leader lost'));
    await expect(leader).rejects.toThrow('the leader lost');
    await tick();
    expect(order).toEqual(['leader starts', 'x starts after waiting', 'y starts after waiting']);
    // One arriving now waits for the first of the followers.
    const late = turns.attempt('slot', async (waited) => {
      order.push(`late starts${waited ? ' after waiting' : ''}`);
      return 'late';
    });
    await tick();
    expect(order).not.toContain('late starts after waiting');
    seconds.open(undefined);
    expect(await Promise.all([...followers, late])).toEqual(['x', 'y', 'late']);
    expect(order.at(-1)).toBe('late starts after waiting');
  });

  it('does not hold back an attempt under another key', async () => {
    const turns = new OneAtATime();
    const first = gate<string>();
    const held = turns.attempt('a', () => first.promise);
    expect(await turns.attempt('b', () => Promise.resolve('b'))).toBe('b');
    first.open('a');
    expect(await held).toBe('a');
  });
});
