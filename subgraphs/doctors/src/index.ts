import { runSubgraphProcess } from '@hospital/kit';
import { doctorsModule } from './app.js';

await runSubgraphProcess(doctorsModule);
