import { runSubgraphProcess } from '@hospital/kit';
import { analyticsModule } from './app.js';

await runSubgraphProcess(analyticsModule);
