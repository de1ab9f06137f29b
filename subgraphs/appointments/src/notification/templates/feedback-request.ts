import { emailText, visitBlock, visitPhrase } from './common.js';
import type { NoticeTemplate } from './details.js';

/** To the patient some time after a completed visit. */
export const feedbackRequest: NoticeTemplate = (d) => ({
  email: {
    subject: `How was your visit? ${d.serviceName} with ${d.doctorName}`,
    text: emailText(
      d,
      'Thank you for visiting us. How was it? Please rate your visit (1 to 5) and leave a comment in the app.',
      visitBlock(d),
    ),
  },
  sms: `How was your visit (${visitPhrase(d)})? Please rate it in the app.`,
});
