import { IsE164Phone, LocalDateScalar } from '@hospital/kit';
import { IsEmail, IsOptional, MaxLength } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import type { Patient } from './patient.entity.js';
import { EARLIEST_DATE_OF_BIRTH, PATIENT_LIMITS } from './patient.rules.js';

const EMAIL_MESSAGE = 'must be an e-mail address';

const NAME = `Full name, not blank, at most ${PATIENT_LIMITS.name} characters`;
const EMAIL = `An e-mail address to reach her, at most ${PATIENT_LIMITS.email} characters; not unique (a newborn's is her mother's)`;
const ADDRESS = `Postal address, not blank, at most ${PATIENT_LIMITS.address} characters`;
const DATE_OF_BIRTH = `Not in the future in the clinic's time zone (today is fine, for a newborn), nor before ${EARLIEST_DATE_OF_BIRTH}`;

@InputType({ description: 'A patient registers themself, or reception registers a walk-in' })
export class RegisterPatientInput implements Partial<Patient> {
  @Field(() => String, { description: NAME })
  @MaxLength(PATIENT_LIMITS.name)
  name!: string;

  @Field(() => String, { description: EMAIL })
  @IsEmail({}, { message: EMAIL_MESSAGE })
  @MaxLength(PATIENT_LIMITS.email)
  email!: string;

  @Field(() => String, { description: 'E.164, e.g. +380441234567' })
  @IsE164Phone()
  phone!: string;

  @Field(() => LocalDateScalar, { description: DATE_OF_BIRTH })
  dateOfBirth!: string;

  @Field(() => String, { description: ADDRESS })
  @MaxLength(PATIENT_LIMITS.address)
  address!: string;

  @Field(() => String, {
    nullable: true,
    description: `Free text, at most ${PATIENT_LIMITS.gender} characters; blank is none`,
  })
  @IsOptional()
  @MaxLength(PATIENT_LIMITS.gender)
  gender?: string | null;
}

@InputType({
  description: 'Only the fields given change. Null removes the gender; for any other field it is BAD_USER_INPUT',
})
export class UpdatePatientInput {
  @Field(() => String, { nullable: true, description: NAME })
  @IsOptional()
  @MaxLength(PATIENT_LIMITS.name)
  name?: string | null;

  @Field(() => String, { nullable: true, description: EMAIL })
  @IsOptional()
  @IsEmail({}, { message: EMAIL_MESSAGE })
  @MaxLength(PATIENT_LIMITS.email)
  email?: string | null;

  @Field(() => String, { nullable: true, description: 'E.164, e.g. +380441234567' })
  @IsOptional()
  @IsE164Phone()
  phone?: string | null;

  @Field(() => String, { nullable: true, description: ADDRESS })
  @IsOptional()
  @MaxLength(PATIENT_LIMITS.address)
  address?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: DATE_OF_BIRTH })
  dateOfBirth?: string | null;

  @Field(() => String, { nullable: true, description: 'null removes it' })
  @IsOptional()
  @MaxLength(PATIENT_LIMITS.gender)
  gender?: string | null;
}

@InputType({ description: 'Which patients to list' })
export class PatientFilter {
  @Field(() => String, { nullable: true, description: 'Part of a name, an e-mail or a phone number' })
  @IsOptional()
  @MaxLength(PATIENT_LIMITS.search)
  search?: string | null;
}
