import { runSubgraphProcess } from '@hospital/kit';
import { createAnalyticsSubgraph } from './app.js';

await runSubgraphProcess('analytics', createAnalyticsSubgraph);
