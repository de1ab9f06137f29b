import { emailText, visitBlock, visitPhrase } from './common.js';
import type { NoticeTemplate } from './details.js';

/** How to pay, which an invoice notice tells (docs/rules.md#care-flow), said the way a patient would pay. */
export const HOW_TO_PAY =
  'Pay at the reception desk in cash or by card, by bank transfer quoting the invoice number, or through your insurer.';

/** To the patient when an invoice is made for her visit: its total and how to pay it. */
export const invoice: NoticeTemplate = (d) => {
  const { number, total } = d.invoice ?? { number: 'on request at the reception desk', total: 'see your invoice' };
  return {
    email: {
      subject: `Your invoice: ${total} for ${d.serviceName}`,
      text: emailText(
        d,
        `An invoice for your visit is ready. Total: ${total}. Invoice number: ${number}.`,
        visitBlock(d),
        HOW_TO_PAY,
      ),
    },
    sms: `Your invoice ${number}: ${total} for ${visitPhrase(d)}. Pay at reception (cash/card), by bank transfer quoting the invoice number, or via your insurer.`,
  };
};
