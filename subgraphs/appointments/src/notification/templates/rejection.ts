import { emailText, visitBlock, visitPhrase } from './common.js';
import type { NoticeTemplate } from './details.js';

/** To the patient when her request is declined. */
export const rejection: NoticeTemplate = (d) => ({
  email: {
    subject: `Your visit request was declined: ${d.serviceName}, ${d.at.date} ${d.at.time}`,
    text: emailText(
      d,
      'We are sorry: your request for this visit was declined.',
      visitBlock(d),
      'You are welcome to request another time.',
    ),
  },
  sms: `Your visit request was declined: ${visitPhrase(d)}. Please request another time.`,
});
