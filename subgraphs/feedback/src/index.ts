import { runSubgraphProcess } from '@hospital/kit';
import { feedbackModule } from './app.js';

await runSubgraphProcess(feedbackModule);
