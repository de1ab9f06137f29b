import type { ClinicTime, NoticeDetails } from './details.js';

/** "2026-12-07 at 10:00 (Europe/Kyiv)". */
export const when = ({ date, time, timeZone }: ClinicTime): string => `${date} at ${time} (${timeZone})`;

/** "2026-12-07 10:00": an SMS has no room for the zone, which is the clinic's own. */
export const shortWhen = ({ date, time }: ClinicTime): string => `${date} ${time}`;

/** The greeting line of an e-mail. */
export const greeting = ({ recipientName }: NoticeDetails): string =>
  recipientName ? `Dear ${recipientName},` : 'Hello,';

/** The block every e-mail about a visit carries: what, with whom, where, when. */
export const visitBlock = (details: NoticeDetails): string =>
  [
    `Service: ${details.serviceName}`,
    `Doctor: ${details.doctorName}`,
    `Location: ${details.departmentName}`,
    `Date and time: ${when(details.at)}`,
  ].join('\n');

/** "Ultrasound with Dr. Shevchenko, Obstetrics, 2026-12-07 10:00": a visit in one SMS phrase. */
export const visitPhrase = (details: NoticeDetails): string =>
  `${details.serviceName} with ${details.doctorName}, ${details.departmentName}, ${shortWhen(details.at)}`;

export const SIGNATURE = 'Maternity Hospital';

/** An e-mail's text: greeting, sentences, the visit block, signature. */
export const emailText = (details: NoticeDetails, lead: string, block: string, ...after: string[]): string =>
  [greeting(details), '', lead, '', block, ...(after.length ? ['', ...after] : []), '', SIGNATURE].join('\n');
