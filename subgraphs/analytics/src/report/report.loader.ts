import DataLoader from 'dataloader';
import type { PerformanceFigures } from './figures.js';
import type { ReportService } from './report.service.js';

export interface PerformanceKey {
  doctorId: string;
  from: string;
  to: string;
}

/**
 * `Doctor.performance` for every doctor of a list in one query per period asked:
 * the gateway hands analytics the whole list at once (`_entities`).
 */
export const createPerformanceLoader = (reports: ReportService) =>
  new DataLoader<PerformanceKey, PerformanceFigures, string>(
    async (keys) => {
      const periods = new Map<string, PerformanceKey[]>();
      for (const key of keys) {
        const period = `${key.from}/${key.to}`;
        periods.set(period, [...(periods.get(period) ?? []), key]);
      }
      const answers = new Map<string, PerformanceFigures>();
      await Promise.all(
        [...periods.entries()].map(async ([period, asked]) => {
          const [first] = asked;
          if (!first) return;
          const figures = await reports.performance(
            asked.map((key) => key.doctorId),
            first.from,
            first.to,
          );
          for (const [doctorId, found] of figures) answers.set(`${period}/${doctorId}`, found);
        }),
      );
      return keys.map((key) => answers.get(`${key.from}/${key.to}/${key.doctorId}`) ?? new Error('not loaded'));
    },
    { cacheKeyFn: (key) => `${key.from}/${key.to}/${key.doctorId}` },
  );
