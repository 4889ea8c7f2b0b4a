import { readEnv } from '../config.js'
import { processIo } from './process-io.js'
import { runCli } from './run-cli.js'

// Started by bin/threshold.js. exitCode rather than exit(), so output is flushed first.
process.exitCode = await runCli(process.argv.slice(2), processIo(), readEnv())
