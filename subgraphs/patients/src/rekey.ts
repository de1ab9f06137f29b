import { runMain } from '@hospital/kit';
import { rekeyCommand } from './rekey-command.js';

await runMain('patients-rekey', async () => {
  process.exitCode = await rekeyCommand(process.env, (line) => process.stdout.write(`${line}\n`));
});
