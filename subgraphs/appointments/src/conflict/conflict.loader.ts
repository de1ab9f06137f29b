import DataLoader from 'dataloader';
import type { Appointment } from '../appointment/appointment.entity.js';
import type { ConflictService, DoctorPeriod } from './conflict.service.js';

/** The visits each period off falls on, every period of a request in one query. */
export const createVisitsDuringLoader = (conflicts: ConflictService) =>
  new DataLoader<DoctorPeriod, Appointment[], string>((periods) => conflicts.visitsDuring(periods), {
    cacheKeyFn: (period) => `${period.doctorId}|${period.start.getTime()}|${period.end.getTime()}`,
  });
