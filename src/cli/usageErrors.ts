// Commander's own usage errors (an unknown option, a missing argument, a bad choice) in verify's form: one line
// `verify: …` with a hint saying where the usage is, as every other error reads; main.ts turns them into exit 2.
import type { Command } from 'commander';
import { printable } from './warnings.js';

// Commander puts a suggestion on a line of its own: "error: unknown option '--ot'\n(Did you mean --out?)".
const COMMANDER_PREFIX = /^error: /;
const SUGGESTION = /\n\(Did you mean ([^\n]*)\?\)/;

/** `verify extract`, `verify`: how the user names the command, for the hint. */
function commandPath(command: Command): string {
  const names: string[] = [];
  for (let c: Command | null = command; c; c = c.parent) names.unshift(c.name());
  return names.join(' ');
}

/** One line for commander's `message` about `command`: its text, then a hint naming the help that lists the usage. */
export function usageErrorLine(command: string, message: string): string {
  const text = message
    .trim()
    .replace(COMMANDER_PREFIX, '')
    .replace(SUGGESTION, '; did you mean $1?')
    .replace(/\.$/, '');
  const hint =
    text.startsWith('unknown command') ? 'verify help lists the commands'
    : text.startsWith('unknown option') ? `${command} --help lists the options`
    : `${command} --help shows the usage`;
  return `verify: ${printable(text)} (${hint})\n`;
}

/** Makes the program and each of its commands report usage errors as usageErrorLine does. Call after adding them all. */
export function configureUsageErrors(program: Command): void {
  for (const command of [program, ...program.commands]) {
    command.configureOutput({ outputError: (message, write) => write(usageErrorLine(commandPath(command), message)) });
  }
}

/**
 * `verify help [command]`: commander's own help command prints the whole help as an error for an unknown name; this
 * one says which name it does not know, in one line, as other usage errors do.
 */
export function addHelpCommand(program: Command): void {
  program.helpCommand(false);
  const help = program.command('help').summary('print help for verify or for one command').argument('[command]', 'a command of verify');
  help.action((name: string | undefined) => {
    if (name === undefined) return program.outputHelp();
    const command = program.commands.find((c) => c.name() === name);
    if (!command) help.error(`unknown command '${name}'`, { exitCode: 2, code: 'commander.unknownCommand' });
    else command.outputHelp();
  });
}
