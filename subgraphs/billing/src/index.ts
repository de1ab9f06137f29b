import { runSubgraphProcess } from '@hospital/kit';
import { billingModule } from './app.js';

await runSubgraphProcess(billingModule);
