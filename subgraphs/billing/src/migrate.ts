import { runMigrationsProcess } from '@hospital/kit';
import { billingTables, loadBillingConfig } from './app.js';

await runMigrationsProcess('billing', () => loadBillingConfig(), billingTables);
