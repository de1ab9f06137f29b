import { emailText, visitBlock, visitPhrase } from './common.js';
import type { NoticeTemplate } from './details.js';

/** To the patient and to the doctor when a visit is cancelled, by anyone. */
export const cancellation: NoticeTemplate = (d) => ({
  email: {
    subject: `Visit cancelled: ${d.serviceName}, ${d.at.date} ${d.at.time}`,
    text: emailText(
      d,
      d.recipientRole === 'DOCTOR' ? 'A visit with you was cancelled.' : 'Your visit was cancelled.',
      visitBlock(d),
    ),
  },
  sms: `${d.recipientRole === 'DOCTOR' ? 'A visit with you' : 'Your visit'} was cancelled: ${visitPhrase(d)}.`,
});
