import { DecimalScalar, type Cents } from '@hospital/kit';
import { Length, Min } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { PaymentMethod } from './payment.enums.js';
import { IDEMPOTENCY_KEY_MAX_LENGTH, IDEMPOTENCY_KEY_MIN_LENGTH } from './payment.rules.js';

@InputType({ description: 'Pay an invoice in full; send the same idempotencyKey again to retry safely' })
export class PayInvoiceInput {
  @Field(() => ID, { description: 'A PENDING invoice; a patient may pay only her own' })
  invoiceId!: string;

  @Field(() => DecimalScalar, { description: "Exactly the invoice's total" })
  @Min(0, { message: 'must not be negative' })
  amount!: Cents;

  @Field(() => PaymentMethod, { description: 'How the patient pays' })
  method!: PaymentMethod;

  @Field(() => String, {
    description: `${IDEMPOTENCY_KEY_MIN_LENGTH} to ${IDEMPOTENCY_KEY_MAX_LENGTH} characters, new for each payment the client means to make`,
  })
  @Length(IDEMPOTENCY_KEY_MIN_LENGTH, IDEMPOTENCY_KEY_MAX_LENGTH, {
    message: `must be ${IDEMPOTENCY_KEY_MIN_LENGTH} to ${IDEMPOTENCY_KEY_MAX_LENGTH} characters`,
  })
  idempotencyKey!: string;
}
