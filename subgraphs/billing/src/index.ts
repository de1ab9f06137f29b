import { runSubgraphProcess } from '@hospital/kit';
import { createBillingSubgraph } from './app.js';

await runSubgraphProcess('billing', createBillingSubgraph);
