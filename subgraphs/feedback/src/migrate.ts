import { runMigrationsProcess } from '@hospital/kit';
import { feedbackTables, loadFeedbackConfig } from './app.js';

await runMigrationsProcess('feedback', () => loadFeedbackConfig(), feedbackTables);
