import { AppliedEvent, DeadLetterEvent, OutboxEvent } from '@hospital/kit/events';
import { DeliveryFact, DepartmentCost, FeedbackFact, InvoiceFact, VisitFact } from './facts/facts.entity.js';
import { DepartmentDay, DoctorDay } from './facts/rollups.entity.js';
import { migrations } from './migrations/index.js';

export const analyticsTables = {
  entities: [
    InvoiceFact,
    VisitFact,
    FeedbackFact,
    DeliveryFact,
    DepartmentCost,
    DepartmentDay,
    DoctorDay,
    OutboxEvent,
    AppliedEvent,
    DeadLetterEvent,
  ],
  migrations,
};
