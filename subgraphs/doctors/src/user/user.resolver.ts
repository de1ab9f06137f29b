import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { DoctorsContext } from '../context.js';
import { Doctor } from '../doctor/doctor.entity.js';
import { User } from './user.entity.js';

@Resolver(() => User)
export class UserResolver {
  @FieldResolver(() => Doctor, {
    nullable: true,
    description: "The doctor this account is; null when it is not a doctor's",
  })
  doctor(@Root() user: User, @Ctx() { loaders }: DoctorsContext): Promise<Doctor | null> {
    return loaders.doctor.load(user.id);
  }
}
