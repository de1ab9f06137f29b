import { emailText, visitBlock, visitPhrase } from './common.js';
import type { NoticeTemplate } from './details.js';

/** To the patient a day before an approved visit. */
export const reminder24h: NoticeTemplate = (d) => ({
  email: {
    subject: `Reminder: your visit tomorrow, ${d.at.date} ${d.at.time}`,
    text: emailText(d, 'Just a reminder: your visit is tomorrow.', visitBlock(d)),
  },
  sms: `Just a reminder, tomorrow: ${visitPhrase(d)}.`,
});
