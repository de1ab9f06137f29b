import { NotificationKind } from '../notification.enums.js';
import { cancellation } from './cancellation.js';
import { confirmation } from './confirmation.js';
import type { NoticeDetails, NoticeTemplate, RenderedNotice } from './details.js';
import { doctorUnavailable } from './doctor-unavailable.js';
import { feedbackRequest } from './feedback-request.js';
import { invoice } from './invoice.js';
import { rejection } from './rejection.js';
import { reminder1h } from './reminder-1h.js';
import { reminder24h } from './reminder-24h.js';
import { reschedule } from './reschedule.js';
import { slotOffer } from './slot-offer.js';

export type { AlternativeDetails, ClinicTime, NoticeDetails, NoticeTemplate, RenderedNotice } from './details.js';

/** Every kind's template, one file each; a new kind does not compile until it has one. */
export const TEMPLATES: Record<NotificationKind, NoticeTemplate> = {
  [NotificationKind.CONFIRMATION]: confirmation,
  [NotificationKind.REMINDER_24H]: reminder24h,
  [NotificationKind.REMINDER_1H]: reminder1h,
  [NotificationKind.CANCELLATION]: cancellation,
  [NotificationKind.INVOICE]: invoice,
  [NotificationKind.REJECTION]: rejection,
  [NotificationKind.RESCHEDULE]: reschedule,
  [NotificationKind.DOCTOR_UNAVAILABLE]: doctorUnavailable,
  [NotificationKind.FEEDBACK_REQUEST]: feedbackRequest,
  [NotificationKind.SLOT_OFFER]: slotOffer,
};

export const render = (kind: NotificationKind, details: NoticeDetails): RenderedNotice => TEMPLATES[kind](details);
