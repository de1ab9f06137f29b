import { IsE164Phone, IsNotBlank } from '@hospital/kit';
import { IsEmail, IsOptional, IsUUID, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { DOCTOR_LIMITS } from './doctor.rules.js';

const NAME = `Full name, not blank, at most ${DOCTOR_LIMITS.name} characters`;
const SPECIALTY = `Not blank, at most ${DOCTOR_LIMITS.specialty} characters, e.g. "Obstetrics"`;

@InputType({ description: 'A doctor joins the hospital' })
export class CreateDoctorInput {
  @Field(() => ID, { nullable: true, description: "The doctor's user account; the doctor's id becomes this id" })
  @IsOptional()
  @IsUUID()
  userId?: string | null;

  @Field(() => String, { description: NAME })
  @IsNotBlank()
  @MaxLength(DOCTOR_LIMITS.name)
  name!: string;

  @Field(() => String, { description: 'Unique among doctors, whatever its case' })
  @IsEmail({}, { message: 'must be an e-mail address' })
  @MaxLength(DOCTOR_LIMITS.email)
  email!: string;

  @Field(() => String, { description: 'E.164, e.g. +380441234567' })
  @IsE164Phone()
  phone!: string;

  @Field(() => String, { description: SPECIALTY })
  @IsNotBlank()
  @MaxLength(DOCTOR_LIMITS.specialty)
  specialty!: string;

  @Field(() => String, { description: 'Unique among doctors' })
  @IsNotBlank()
  @MaxLength(DOCTOR_LIMITS.licenseNumber)
  licenseNumber!: string;

  @Field(() => ID, { description: 'The department the doctor works in; NOT_FOUND when the id names none' })
  departmentId!: string;
}

@InputType({ description: 'What changes about a doctor; absent fields stay as they are' })
export class UpdateDoctorInput {
  @Field(() => String, { nullable: true, description: NAME })
  @IsOptional()
  @IsNotBlank()
  @MaxLength(DOCTOR_LIMITS.name)
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'E.164, e.g. +380441234567' })
  @IsOptional()
  @IsE164Phone()
  phone?: string | null;

  @Field(() => String, { nullable: true, description: SPECIALTY })
  @IsOptional()
  @IsNotBlank()
  @MaxLength(DOCTOR_LIMITS.specialty)
  specialty?: string | null;

  @Field(() => ID, { nullable: true, description: 'ADMIN only: moves the doctor to another department' })
  departmentId?: string | null;
}

@InputType({ description: 'Which doctors to list; every given criterion must hold' })
export class DoctorFilter {
  @Field(() => ID, { nullable: true, description: 'Doctors of this department' })
  departmentId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Doctors of the department that offers this service' })
  serviceId?: string | null;

  @Field(() => String, { nullable: true, description: 'Equal to the specialty, whatever the case' })
  @IsOptional()
  @MaxLength(DOCTOR_LIMITS.specialty)
  specialty?: string | null;

  @Field(() => String, { nullable: true, description: 'Part of the name, whatever the case' })
  @IsOptional()
  @MaxLength(DOCTOR_LIMITS.name)
  search?: string | null;
}
