import { runSubgraphProcess } from '@hospital/kit';
import { createAccountsSubgraph } from './app.js';

await runSubgraphProcess('accounts', createAccountsSubgraph);
