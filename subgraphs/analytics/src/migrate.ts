import { runMigrationsProcess } from '@hospital/kit';
import { analyticsTables, loadAnalyticsConfig } from './app.js';

await runMigrationsProcess('analytics', () => loadAnalyticsConfig(), analyticsTables);
