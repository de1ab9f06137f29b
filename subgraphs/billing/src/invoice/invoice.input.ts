import { IsNotBlank } from '@hospital/kit';
import { MaxLength } from 'class-validator';
import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { InvoiceStatus } from './invoice.enums.js';

@InputType({ description: 'Which invoices to list; every given criterion must hold' })
export class InvoiceFilter {
  @Field(() => ID, { nullable: true, description: 'A patient may only name themself' })
  patientId?: string | null;

  @Field(() => [InvoiceStatus], { nullable: true, description: 'Any of these' })
  status?: InvoiceStatus[] | null;

  @Field(() => Date, { nullable: true, description: 'Created at or after' })
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Created before' })
  to?: Date | null;
}

@ArgsType()
export class VoidInvoiceArgs {
  @Field(() => ID, {
    description:
      'A PENDING invoice; any other is BUSINESS_RULE_VIOLATION (INVALID_TRANSITION), an unknown id NOT_FOUND',
  })
  id!: string;

  @Field(() => String, { description: 'Why the invoice is void: kept with it' })
  @IsNotBlank()
  @MaxLength(1000)
  reason!: string;
}
