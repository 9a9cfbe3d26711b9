// The review loop's subcommands, registered in one call: `verify extract` and `verify explain`, and `verify help`.
import type { Command } from 'commander';
import { registerExplainCommand } from './explainCommand.js';
import { registerExtractCommand } from './extractCommand.js';
import { addHelpCommand } from './usageErrors.js';

export function registerReviewCommands(program: Command, setExitCode: (code: number) => void): void {
  // Subcommands take their own options (`verify extract --out X` is extract's --out, not the report's).
  program.enablePositionalOptions();
  registerExtractCommand(program, setExitCode);
  registerExplainCommand(program, setExitCode);
  // Commander adds `help` only to programs without an action of their own; without it "help" was read as a path.
  addHelpCommand(program);
}
