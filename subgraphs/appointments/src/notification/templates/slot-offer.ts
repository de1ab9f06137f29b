import { emailText, shortWhen, visitBlock, visitPhrase, when } from './common.js';
import type { NoticeTemplate } from './details.js';

/** To a waiting patient when a matching slot frees: the slot, and until when it is hers to claim. */
export const slotOffer: NoticeTemplate = (d) => {
  const until = d.expires ? when(d.expires) : 'shortly';
  return {
    email: {
      subject: `A slot is free for you: ${d.serviceName}, ${d.at.date} ${d.at.time}`,
      text: emailText(
        d,
        'A slot you are waiting for is free. It is offered to you first:',
        visitBlock(d),
        `Claim it in the app before ${until}; after that it is offered to the next patient.`,
      ),
    },
    sms: `Slot free: ${visitPhrase(d)}. Claim it in the app before ${d.expires ? shortWhen(d.expires) : 'it expires'}.`,
  };
};
