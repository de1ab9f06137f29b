import { LocalDateScalar } from '@hospital/kit';
import { Field, ID, InputType } from 'type-graphql';
import { MAX_WAIT_DAYS } from './waitlist.rules.js';

@InputType({ description: 'A patient waits for a freed slot of a service between two clinic days' })
export class JoinWaitlistInput {
  @Field(() => ID, { description: 'A patient may only name herself' })
  patientId!: string;

  @Field(() => ID, { description: 'The service to wait for' })
  serviceId!: string;

  @Field(() => ID, { nullable: true, description: "Any doctor of the service's department when absent" })
  doctorId?: string | null;

  @Field(() => LocalDateScalar, { description: 'The first clinic day; not in the past' })
  from!: string;

  @Field(() => LocalDateScalar, { description: `The last clinic day; at most ${MAX_WAIT_DAYS} days after from` })
  to!: string;
}
