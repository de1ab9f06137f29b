import { IsE164Phone, LocalDateScalar } from '@hospital/kit';
import { IsEmail, IsOptional, MaxLength } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import type { Patient } from './patient.entity.js';
import { PATIENT_LIMITS } from './patient.rules.js';

const EMAIL_MESSAGE = 'must be an e-mail address';

@InputType({ description: 'A patient registers themself, or reception registers a walk-in' })
export class RegisterPatientInput implements Partial<Patient> {
  @Field(() => String)
  @MaxLength(PATIENT_LIMITS.name)
  name!: string;

  @Field(() => String)
  @IsEmail({}, { message: EMAIL_MESSAGE })
  @MaxLength(PATIENT_LIMITS.email)
  email!: string;

  @Field(() => String, { description: 'E.164, e.g. +380441234567' })
  @IsE164Phone()
  phone!: string;

  @Field(() => LocalDateScalar, { description: "In the past, in the clinic's time zone" })
  dateOfBirth!: string;

  @Field(() => String)
  @MaxLength(PATIENT_LIMITS.address)
  address!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(PATIENT_LIMITS.gender)
  gender?: string | null;
}

@InputType({ description: 'Only the fields given change' })
export class UpdatePatientInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(PATIENT_LIMITS.name)
  name?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsEmail({}, { message: EMAIL_MESSAGE })
  @MaxLength(PATIENT_LIMITS.email)
  email?: string | null;

  @Field(() => String, { nullable: true, description: 'E.164, e.g. +380441234567' })
  @IsOptional()
  @IsE164Phone()
  phone?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(PATIENT_LIMITS.address)
  address?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: "In the past, in the clinic's time zone" })
  dateOfBirth?: string | null;

  @Field(() => String, { nullable: true, description: 'null removes it' })
  @IsOptional()
  @MaxLength(PATIENT_LIMITS.gender)
  gender?: string | null;
}

@InputType()
export class PatientFilter {
  @Field(() => String, { nullable: true, description: 'Part of a name, an e-mail or a phone number' })
  @IsOptional()
  @MaxLength(PATIENT_LIMITS.search)
  search?: string | null;
}
