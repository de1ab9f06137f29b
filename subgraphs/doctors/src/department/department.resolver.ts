import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { DoctorsContext } from '../context.js';
import { Doctor } from '../doctor/doctor.entity.js';
import { MedicalService } from '../medical-service/medical-service.entity.js';
import { Department } from './department.entity.js';
import { CreateDepartmentArgs } from './department.input.js';

@Resolver(() => Department)
export class DepartmentResolver {
  @Query(() => [Department], { description: 'Every department, by name. Any signed-in user' })
  departments(@Ctx() context: DoctorsContext): Promise<Department[]> {
    return context.departments.list(context);
  }

  @Query(() => Department, {
    nullable: true,
    description: 'Any signed-in user; NOT_FOUND when the id names no department',
  })
  department(
    @Arg('id', () => ID, { description: "The department's id" }) id: string,
    @Ctx() context: DoctorsContext,
  ): Promise<Department> {
    return context.departments.get(context, id);
  }

  @Mutation(() => Department, { description: 'ADMIN only' })
  createDepartment(
    @Args(() => CreateDepartmentArgs) { name }: CreateDepartmentArgs,
    @Ctx() context: DoctorsContext,
  ): Promise<Department> {
    return context.departments.create(context, name);
  }

  @FieldResolver(() => [MedicalService], { description: 'What the department offers, by name' })
  services(@Root() department: Department, @Ctx() { loaders }: DoctorsContext): Promise<MedicalService[]> {
    return loaders.servicesOfDepartment.load(department.id);
  }

  @FieldResolver(() => [Doctor], { description: "The department's doctors, by name" })
  doctors(@Root() department: Department, @Ctx() { loaders }: DoctorsContext): Promise<Doctor[]> {
    return loaders.doctorsOfDepartment.load(department.id);
  }
}
