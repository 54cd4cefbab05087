#!/usr/bin/env node
/**
 * qlab: the lab's experiments from the command line.
 *   npm run -s qlab -- <command> [options]
 * Every bad input exits non-zero with one line naming the problem.
 */
import { UsageError } from './args';
import { commandHelp, COMMANDS } from './commands';

const USAGE = `usage: qlab <command> [options]
commands:
${Object.entries(COMMANDS)
  .map(([name, command]) => `  ${name.padEnd(11)} ${command.summary}`)
  .join('\n')}`;

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === 'help') {
    console.log(USAGE);
    return name ? 0 : 2;
  }
  const command = COMMANDS[name as keyof typeof COMMANDS];
  if (!command) throw new UsageError(`unknown command "${name}" (one of: ${Object.keys(COMMANDS).join(', ')})`);
  if (rest.includes('--help') || rest.includes('-h')) {
    console.log(commandHelp(name, command));
    return 0;
  }
  await command.run(rest);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`qlab: ${message.split('\n')[0]}\n`);
    process.exit(error instanceof UsageError ? 2 : 1);
  },
);
