import { emailText, shortWhen, visitBlock, visitPhrase, when } from './common.js';
import type { NoticeTemplate } from './details.js';

/** To the patient whose doctor cannot keep her visit: up to 3 other slots; the visit stays until moved or cancelled. */
export const doctorUnavailable: NoticeTemplate = (d) => {
  const alternatives = d.alternatives ?? [];
  const offered = alternatives.length
    ? ['Free slots instead:', ...alternatives.map((a) => `- ${when(a)}: ${a.serviceName} with ${a.doctorName}`)].join(
        '\n',
      )
    : 'Please choose another time in the app or call the reception desk.';
  const smsAlternatives = alternatives.length
    ? ` Free instead: ${alternatives.map((a) => `${shortWhen(a)} ${a.doctorName}`).join('; ')}.`
    : '';
  return {
    email: {
      subject: `Your doctor is unavailable: ${d.serviceName}, ${d.at.date} ${d.at.time}`,
      text: emailText(
        d,
        `${d.doctorName} is not available for your visit. It stays booked until you or the reception desk move or cancel it.`,
        visitBlock(d),
        offered,
      ),
    },
    sms: `Doctor unavailable: ${visitPhrase(d)}.${smsAlternatives} Please move it in the app.`,
  };
};
