import { loaderById } from '@hospital/kit';
import type { User } from './user.entity.js';
import type { UserService } from './user.service.js';

export const createUserLoader = (users: UserService) =>
  loaderById(
    (ids) => users.findByIds(ids),
    (user: User) => user.id,
  );
