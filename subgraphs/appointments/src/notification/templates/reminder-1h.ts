import { emailText, visitBlock, visitPhrase } from './common.js';
import type { NoticeTemplate } from './details.js';

/** To the patient an hour before an approved visit. */
export const reminder1h: NoticeTemplate = (d) => ({
  email: {
    subject: `Reminder: your visit in an hour, ${d.at.time}`,
    text: emailText(d, 'Just a reminder: your visit is in an hour.', visitBlock(d)),
  },
  sms: `Just a reminder, in an hour: ${visitPhrase(d)}.`,
});
