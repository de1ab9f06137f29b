import type { SubgraphContext } from '@hospital/kit';
import type { createUserLoader } from './user/user.loader.js';
import type { UserService } from './user/user.service.js';

export interface AccountsContext extends SubgraphContext {
  users: UserService;
  loaders: { user: ReturnType<typeof createUserLoader> };
}
