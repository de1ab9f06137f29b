import { runMain } from '@hospital/kit';
import { DEAD_LETTERS_USAGE, deadLetters, UsageError } from './dead-letters.js';

await runMain('dead-letters', async () => {
  try {
    await deadLetters(process.argv.slice(2), process.env, (line) => console.log(line));
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`${error.message}\n\n${DEAD_LETTERS_USAGE}`);
    process.exit(2);
  }
});
