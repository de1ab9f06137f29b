import { IsE164Phone, IsNotBlank } from '@hospital/kit';
import { IsEmail, IsOptional, IsUUID, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';

@InputType({ description: 'A doctor joins the hospital' })
export class CreateDoctorInput {
  @Field(() => ID, { nullable: true, description: "The doctor's user account; the doctor's id becomes this id" })
  @IsOptional()
  @IsUUID()
  userId?: string | null;

  @Field(() => String)
  @IsNotBlank()
  @MaxLength(200)
  name!: string;

  @Field(() => String, { description: 'Unique among doctors, whatever its case' })
  @IsEmail({}, { message: 'must be an e-mail address' })
  @MaxLength(254)
  email!: string;

  @Field(() => String, { description: 'E.164, e.g. +380441234567' })
  @IsE164Phone()
  phone!: string;

  @Field(() => String)
  @IsNotBlank()
  @MaxLength(120)
  specialty!: string;

  @Field(() => String, { description: 'Unique among doctors' })
  @IsNotBlank()
  @MaxLength(64)
  licenseNumber!: string;

  @Field(() => ID)
  departmentId!: string;
}

@InputType({ description: 'What changes about a doctor; absent fields stay as they are' })
export class UpdateDoctorInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsNotBlank()
  @MaxLength(200)
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'E.164, e.g. +380441234567' })
  @IsOptional()
  @IsE164Phone()
  phone?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsNotBlank()
  @MaxLength(120)
  specialty?: string | null;

  @Field(() => ID, { nullable: true, description: 'ADMIN only: moves the doctor to another department' })
  departmentId?: string | null;
}

@InputType({ description: 'Which doctors to list; every given criterion must hold' })
export class DoctorFilter {
  @Field(() => ID, { nullable: true })
  departmentId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Doctors of the department that offers this service' })
  serviceId?: string | null;

  @Field(() => String, { nullable: true, description: 'Equal to the specialty, whatever the case' })
  @IsOptional()
  @MaxLength(120)
  specialty?: string | null;

  @Field(() => String, { nullable: true, description: 'Part of the name, whatever the case' })
  @IsOptional()
  @MaxLength(200)
  search?: string | null;
}
