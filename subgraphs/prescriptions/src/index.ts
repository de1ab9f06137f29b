import { runSubgraphProcess } from '@hospital/kit';
import { prescriptionsModule } from './app.js';

await runSubgraphProcess(prescriptionsModule);
