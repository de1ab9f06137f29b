import { enumOf } from '@hospital/kit';
import { VISIT_STATUSES, type VisitStatus } from '@hospital/kit/events';
import { registerEnumType } from 'type-graphql';

/** The visit statuses the events carry, as the GraphQL enum `AppointmentStatus`. */
export const AppointmentStatus = enumOf(VISIT_STATUSES);
export type AppointmentStatus = VisitStatus;
registerEnumType(AppointmentStatus, {
  name: 'AppointmentStatus',
  description: 'Where a visit is in its lifecycle',
  valuesConfig: {
    PENDING: { description: 'Requested and holding its slot; the doctor is yet to approve or reject it' },
    APPROVED: { description: 'Approved by the doctor (or ADMIN); holds its slot' },
    REJECTED: { description: 'Turned down by the doctor or ADMIN (rejectionReason says why); frees its slot' },
    CANCELLED: { description: 'Cancelled before its start by the patient, the doctor, STAFF or ADMIN; frees its slot' },
    COMPLETED: { description: 'Held: the doctor (or ADMIN) marked it done once it had started' },
    NO_SHOW: { description: 'The patient did not come: the doctor (or ADMIN) marked it so once it had started' },
  },
});
