import { emailText, visitBlock, visitPhrase } from './common.js';
import type { NoticeTemplate } from './details.js';

/** To the patient when her visit is approved. */
export const confirmation: NoticeTemplate = (d) => ({
  email: {
    subject: `Your visit is confirmed: ${d.serviceName}, ${d.at.date} ${d.at.time}`,
    text: emailText(d, 'Your visit is confirmed.', visitBlock(d)),
  },
  sms: `Your visit is confirmed: ${visitPhrase(d)}.`,
});
