// The loop every job shares: run a batch straight away while batches come back full,
// otherwise every `intervalMs`. The returned function stops the loop and resolves once any
// batch in flight has finished, so the database can then be closed.
export function startPollingLoop(options: {
  intervalMs: number
  /** Runs one batch; true when it was full, so the next one should run at once. */
  runBatch: () => Promise<boolean>
  onError: (error: unknown) => void
}): () => Promise<void> {
  let stopped = false
  let timer: NodeJS.Timeout | undefined
  let inFlight: Promise<void> = Promise.resolve()

  const schedule = (delayMs: number) => {
    if (stopped) return
    timer = setTimeout(() => {
      inFlight = tick()
    }, delayMs)
    timer.unref()
  }
  const tick = async () => {
    let delayMs = options.intervalMs
    try {
      if (await options.runBatch()) delayMs = 0
    } catch (error) {
      options.onError(error)
    }
    schedule(delayMs)
  }

  schedule(0)
  return async () => {
    stopped = true
    clearTimeout(timer)
    await inFlight
  }
}
