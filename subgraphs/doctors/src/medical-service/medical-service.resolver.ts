import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { DoctorsContext } from '../context.js';
import { Department } from '../department/department.entity.js';
import { departmentBehindForeignKey } from '../department/department.loader.js';
import { MedicalService } from './medical-service.entity.js';
import { MedicalServiceInput } from './medical-service.input.js';

@Resolver(() => MedicalService)
export class MedicalServiceResolver {
  @Query(() => MedicalService, {
    nullable: true,
    description: 'Any signed-in user; NOT_FOUND when the id names no service',
  })
  medicalService(
    @Arg('id', () => ID, { description: "The service's id" }) id: string,
    @Ctx() context: DoctorsContext,
  ): Promise<MedicalService> {
    return context.medicalServices.get(context, id);
  }

  @Mutation(() => MedicalService, { description: 'ADMIN only' })
  createMedicalService(
    @Arg('input', () => MedicalServiceInput, {
      description: 'The service; a name its department already offers is CONFLICT',
    })
    input: MedicalServiceInput,
    @Ctx() context: DoctorsContext,
  ): Promise<MedicalService> {
    return context.medicalServices.create(context, input);
  }

  @FieldResolver(() => Department, {
    description: "The department that offers it: only that department's doctors are booked for it",
  })
  department(@Root() service: MedicalService, @Ctx() { loaders }: DoctorsContext): Promise<Department> {
    return departmentBehindForeignKey(loaders.department, service.departmentId);
  }
}
