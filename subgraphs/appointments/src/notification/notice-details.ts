import { formatDecimal } from '@hospital/kit';
import type { Appointment } from '../appointment/appointment.entity.js';
import type { Names } from './names.js';
import {
  type InvoiceContext,
  type DoctorUnavailableContext,
  type Notification,
  type SlotOfferContext,
} from './notification.entity.js';
import { NotificationKind } from './notification.enums.js';
import { clinicTime } from './notification.rules.js';
import type { ClinicTime, NoticeDetails } from './templates/index.js';

/** The visit as a message needs it. */
export type VisitFacts = Pick<Appointment, 'doctorId' | 'serviceId' | 'startsAt'>;

/** What a message is about: the visit's row, or a waitlist offer's slot (its context). */
export type NoticeSubject = Pick<Notification, 'kind' | 'recipientId' | 'recipientRole' | 'context'>;

/** Said where the doctors subgraph no longer knows an id (a service withdrawn): the message still goes. */
export const UNKNOWN = { doctor: 'your doctor', service: 'your visit', department: 'the hospital' } as const;

const asOffer = (n: NoticeSubject): SlotOfferContext | undefined =>
  n.kind === NotificationKind.SLOT_OFFER && n.context && 'expiresAt' in n.context ? n.context : undefined;

/** The doctors and services a message names, to be looked up before it is rendered. */
export function namedIds(n: NoticeSubject, visit: VisitFacts | null): { doctorIds: string[]; serviceIds: string[] } {
  const doctorIds: string[] = [];
  const serviceIds: string[] = [];
  const offer = asOffer(n);
  const about = offer ?? visit;
  if (about) {
    doctorIds.push(about.doctorId);
    serviceIds.push(about.serviceId);
  }
  if (n.context && 'alternatives' in n.context) {
    for (const alternative of n.context.alternatives) {
      doctorIds.push(alternative.doctorId);
      serviceIds.push(alternative.serviceId);
    }
  }
  return { doctorIds, serviceIds };
}

/** Every id `namedIds` names that `names` has not been asked about. */
export function missingIds(ids: { doctorIds: string[]; serviceIds: string[] }, names: Names) {
  return {
    doctorIds: ids.doctorIds.filter((id) => !names.doctors.has(id)),
    serviceIds: ids.serviceIds.filter((id) => !names.services.has(id)),
  };
}

/**
 * What the template of `n` is given: the service, the doctor, the department as
 * the location and the date and time in the clinic's zone — of the visit as its row
 * stands, or of the offered slot — with an invoice's number and total, an offer's
 * expiry, an absence's alternatives. `visit` is null only for an offer.
 */
export function noticeDetails(
  n: NoticeSubject,
  visit: VisitFacts | null,
  names: Names,
  recipientName: string | null,
  timeZone: string,
): NoticeDetails {
  const at = (instant: Date): ClinicTime => {
    const [date, time] = clinicTime(instant, timeZone);
    return { date, time, timeZone };
  };
  const offer = asOffer(n);
  const about = offer
    ? { doctorId: offer.doctorId, serviceId: offer.serviceId, start: new Date(offer.start) }
    : { doctorId: visit?.doctorId ?? '', serviceId: visit?.serviceId ?? '', start: visit?.startsAt ?? new Date(0) };
  const service = names.services.get(about.serviceId) ?? null;
  const details: NoticeDetails = {
    recipientName,
    recipientRole: n.recipientRole,
    formerDoctor: n.recipientRole === 'DOCTOR' && n.recipientId !== about.doctorId,
    serviceName: service?.name ?? UNKNOWN.service,
    doctorName: names.doctors.get(about.doctorId) ?? UNKNOWN.doctor,
    departmentName: service?.departmentName || UNKNOWN.department,
    at: at(about.start),
  };
  if (offer) details.expires = at(new Date(offer.expiresAt));
  if (n.kind === NotificationKind.INVOICE && n.context && 'totalCents' in n.context) {
    const invoice: InvoiceContext = n.context;
    details.invoice = { number: invoice.invoiceId, total: formatDecimal(invoice.totalCents) };
  }
  if (n.context && 'alternatives' in n.context) {
    const { alternatives }: DoctorUnavailableContext = n.context;
    details.alternatives = alternatives.map((alternative) => ({
      ...at(new Date(alternative.start)),
      doctorName: names.doctors.get(alternative.doctorId) ?? UNKNOWN.doctor,
      serviceName: names.services.get(alternative.serviceId)?.name ?? UNKNOWN.service,
    }));
  }
  return details;
}
