import { requireViewer } from '@hospital/kit';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { DoctorsContext } from '../context.js';
import { Doctor } from '../doctor/doctor.entity.js';
import { User } from '../federation/accounts.stub.js';

@Resolver(() => User)
export class UserResolver {
  @FieldResolver(() => Doctor, {
    nullable: true,
    description: "The doctor this account is; null when it is not a doctor's. Any signed-in user",
  })
  doctor(@Root() user: User, @Ctx() { viewer, loaders }: DoctorsContext): Promise<Doctor | null> {
    requireViewer(viewer);
    return loaders.doctor.load(user.id);
  }
}
