#!/usr/bin/env node
/**
 * The `reviewkit` program: the command line (cli/main.ts) on this process's arguments and streams.
 * Exit codes: 0 no error findings, 1 error findings, 2 usage or input failure. The code is set, not
 * forced with process.exit, so standard output drains first (a pipe to `head` loses nothing).
 */
import { main } from "./main.js";

process.exitCode = await main(process.argv.slice(2));
