import { runSubgraphProcess } from '@hospital/kit';
import { createFeedbackSubgraph } from './app.js';

await runSubgraphProcess('feedback', createFeedbackSubgraph);
