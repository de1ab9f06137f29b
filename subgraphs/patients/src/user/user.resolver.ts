import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { PatientsContext } from '../context.js';
import { Patient } from '../patient/patient.entity.js';
import { User } from '../federation/accounts.stub.js';

@Resolver(() => User)
export class UserResolver {
  @FieldResolver(() => Patient, {
    nullable: true,
    description: "The user's patient profile; null when they have none",
  })
  patient(@Root() user: User, @Ctx() context: PatientsContext): Promise<Patient | null> {
    // `reference` checks the caller (UNAUTHENTICATED for nobody) before it looks anything up.
    return context.patients.reference(context, user.id);
  }
}
