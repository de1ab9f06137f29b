import { runMigrationsProcess } from '@hospital/kit';
import { accountsModule } from './app.js';

await runMigrationsProcess(accountsModule);
