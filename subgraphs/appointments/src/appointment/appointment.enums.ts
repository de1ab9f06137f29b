import { enumOf } from '@hospital/kit';
import { VISIT_STATUSES, type VisitStatus } from '@hospital/kit/events';
import { registerEnumType } from 'type-graphql';

/** The visit statuses the events carry, as the GraphQL enum `AppointmentStatus`. */
export const AppointmentStatus = enumOf(VISIT_STATUSES);
export type AppointmentStatus = VisitStatus;
registerEnumType(AppointmentStatus, { name: 'AppointmentStatus', description: 'Where a visit is in its lifecycle' });
