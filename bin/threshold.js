#!/usr/bin/env node
// The `threshold` command. The project runs TypeScript through tsx with no build step, so this
// registers tsx and hands over to src/cli/main.ts. Paths are relative to this file, not the
// current directory, so the command works from anywhere.
import { fileURLToPath } from 'node:url'
import { register } from 'tsx/esm/api'

register({ tsconfig: fileURLToPath(new URL('../tsconfig.json', import.meta.url)) })
await import(new URL('../src/cli/main.ts', import.meta.url).href)
