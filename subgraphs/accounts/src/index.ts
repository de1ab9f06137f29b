import { runSubgraphProcess } from '@hospital/kit';
import { accountsModule } from './app.js';

await runSubgraphProcess(accountsModule);
