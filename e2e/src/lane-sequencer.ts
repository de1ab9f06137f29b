import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * Orders the files so that the lanes (e2e/src/one-file-per-lane.ts) take turns at
 * the head of the queue: one file of each lane in turn, then every other file.
 * Vitest's own order runs a project's files together, so both workers would take
 * files of one lane and one of them would wait on its lock; taking turns keeps
 * each lane busy from the start while the other worker runs another lane's files.
 */
export default class LaneSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const lanes = new Map<string, TestSpecification[]>();
    const others: TestSpecification[] = [];
    for (const spec of sorted) {
      const lane = spec.project.getProvidedContext().lane;
      if (!lane) {
        others.push(spec);
        continue;
      }
      const queue = lanes.get(lane) ?? [];
      queue.push(spec);
      lanes.set(lane, queue);
    }
    const turns: TestSpecification[] = [];
    const queues = [...lanes.values()].sort((a, b) => b.length - a.length);
    while (queues.some((queue) => queue.length)) {
      for (const queue of queues) {
        const next = queue.shift();
        if (next) turns.push(next);
      }
    }
    return [...turns, ...others];
  }
}
