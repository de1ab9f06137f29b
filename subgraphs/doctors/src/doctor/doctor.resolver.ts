import { ContactCard, ForbiddenError, PageArgs, type Viewer } from '@hospital/kit';
import { Arg, Args, Ctx, Directive, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { DoctorsContext } from '../context.js';
import { Department } from '../department/department.entity.js';
import { departmentBehindForeignKey } from '../department/department.loader.js';
import { Doctor, DoctorConnection } from './doctor.entity.js';
import { CreateDoctorInput, DoctorFilter, UpdateDoctorInput } from './doctor.input.js';
import { maySeeDoctorPrivateDetails } from './doctor.rules.js';

const PRIVATE = 'ADMIN and the doctor themself; FORBIDDEN for anyone else';

/** A private detail of the doctor, or FORBIDDEN on this field alone: the rest of the profile is public. */
function privateDetail(viewer: Viewer | null, doctor: Doctor, value: string): string {
  if (!maySeeDoctorPrivateDetails(viewer, doctor.id)) {
    throw new ForbiddenError("Only administrators and the doctor themself may see the doctor's private details");
  }
  return value;
}

@Resolver(() => Doctor)
export class DoctorResolver {
  @Query(() => Doctor, {
    nullable: true,
    description: 'Any signed-in user; NOT_FOUND when the id names no doctor',
  })
  doctor(
    @Arg('id', () => ID, { description: "The doctor's id" }) id: string,
    @Ctx() context: DoctorsContext,
  ): Promise<Doctor> {
    return context.doctors.get(context, id);
  }

  @Query(() => ContactCard, { description: 'A service with contacts:read only: how to reach the doctor' })
  @Directive('@inaccessible')
  doctorContact(@Arg('id', () => ID) id: string, @Ctx() context: DoctorsContext): Promise<ContactCard> {
    return context.doctors.contact(context, id);
  }

  @Query(() => DoctorConnection, { description: 'Doctors by name. Any signed-in user' })
  doctors(
    @Arg('filter', () => DoctorFilter, { nullable: true, description: 'Narrows the list; every doctor unless given' })
    filter: DoctorFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() context: DoctorsContext,
  ): Promise<DoctorConnection> {
    return context.doctors.list(context, filter, page);
  }

  @Mutation(() => Doctor, { description: 'ADMIN only' })
  createDoctor(
    @Arg('input', () => CreateDoctorInput, {
      description: 'Who the doctor is; an e-mail, licence number or user account another doctor has is CONFLICT',
    })
    input: CreateDoctorInput,
    @Ctx() context: DoctorsContext,
  ): Promise<Doctor> {
    return context.doctors.create(context, input);
  }

  @Mutation(() => Doctor, { description: 'ADMIN; or the doctor themself, for everything but the department' })
  async updateDoctor(
    @Arg('id', () => ID, { description: 'The doctor to change; NOT_FOUND when the id names none' }) id: string,
    @Arg('input', () => UpdateDoctorInput, { description: 'The fields to change' }) input: UpdateDoctorInput,
    @Ctx() context: DoctorsContext,
  ): Promise<Doctor> {
    const doctor = await context.doctors.update(context, id, input);
    context.loaders.doctor.clear(id).prime(id, doctor);
    return doctor;
  }

  @FieldResolver(() => Department, {
    description: 'Where the doctor works: they are booked only for the services of this department',
  })
  department(@Root() doctor: Doctor, @Ctx() { loaders }: DoctorsContext): Promise<Department> {
    return departmentBehindForeignKey(loaders.department, doctor.departmentId);
  }

  @FieldResolver(() => String, { nullable: true, description: PRIVATE })
  email(@Root() doctor: Doctor, @Ctx() { viewer }: DoctorsContext): string {
    return privateDetail(viewer, doctor, doctor.email);
  }

  @FieldResolver(() => String, { nullable: true, description: `E.164. ${PRIVATE}` })
  phone(@Root() doctor: Doctor, @Ctx() { viewer }: DoctorsContext): string {
    return privateDetail(viewer, doctor, doctor.phone);
  }

  @FieldResolver(() => String, { nullable: true, description: PRIVATE })
  licenseNumber(@Root() doctor: Doctor, @Ctx() { viewer }: DoctorsContext): string {
    return privateDetail(viewer, doctor, doctor.licenseNumber);
  }
}
