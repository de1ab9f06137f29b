import { emailText, visitBlock, visitPhrase } from './common.js';
import type { NoticeTemplate } from './details.js';

/** To the patient and the visit's doctor when a visit is moved; to its former doctor when moved to another. */
export const reschedule: NoticeTemplate = (d) => {
  if (d.formerDoctor) {
    return {
      email: {
        subject: `A visit was moved to another doctor: ${d.serviceName}`,
        text: emailText(d, 'A visit you were to see was moved to another doctor. It is now:', visitBlock(d)),
      },
      sms: `Moved from you: ${visitPhrase(d)}.`,
    };
  }
  const lead =
    d.recipientRole === 'DOCTOR' ? 'A visit with you was moved. It is now:' : 'Your visit was moved. It is now:';
  return {
    email: {
      subject: `Visit moved: ${d.serviceName}, now ${d.at.date} ${d.at.time}`,
      text: emailText(d, lead, visitBlock(d)),
    },
    sms: `Visit moved: ${visitPhrase(d)}.`,
  };
};
