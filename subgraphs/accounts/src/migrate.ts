import { runMigrationsProcess } from '@hospital/kit';
import { accountsTables, loadAccountsConfig } from './app.js';

await runMigrationsProcess('accounts', () => loadAccountsConfig(), accountsTables);
