import { runMigrationsProcess } from '@hospital/kit';
import { billingModule } from './app.js';

await runMigrationsProcess(billingModule);
