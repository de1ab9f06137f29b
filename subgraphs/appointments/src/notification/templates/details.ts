import type { RecipientRole } from '../notification.entity.js';

/** A time as the clinic's clocks show it. */
export interface ClinicTime {
  /** YYYY-MM-DD. */
  date: string;
  /** HH:MM, 24 h. */
  time: string;
  /** The IANA zone it is in, said in the message so no reader mistakes it. */
  timeZone: string;
}

/** A free slot offered instead of a visit a doctor cannot keep. */
export interface AlternativeDetails extends ClinicTime {
  doctorName: string;
  serviceName: string;
}

/**
 * Everything a message may say, read when it is sent: names from the doctors
 * subgraph, times in the clinic's zone, money as a Decimal string.
 */
export interface NoticeDetails {
  /** The recipient's name when known (from their contact card), for the greeting. */
  recipientName: string | null;
  recipientRole: RecipientRole;
  /** A doctor told of a visit moved to another doctor: no longer the visit's doctor. */
  formerDoctor: boolean;
  serviceName: string;
  doctorName: string;
  /** Where the visit is: the department's name. */
  departmentName: string;
  /** When the visit (or the offered slot) starts. */
  at: ClinicTime;
  /** An INVOICE's number and total ("105.00"). */
  invoice?: { number: string; total: string };
  /** A SLOT_OFFER's end of validity. */
  expires?: ClinicTime;
  /** A DOCTOR_UNAVAILABLE's other slots, at most 3. */
  alternatives?: AlternativeDetails[];
}

/** A message in both shapes: an e-mail, and an SMS short enough for one or two segments. */
export interface RenderedNotice {
  email: { subject: string; text: string };
  sms: string;
}

/** One kind's template: a plain function of the details. */
export type NoticeTemplate = (details: NoticeDetails) => RenderedNotice;
