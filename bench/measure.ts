// Child process side of harness.isolate(): import, run, print one JSON line.
const [moduleUrl, exportName, argsJson] = process.argv.slice(2);
const mod = (await import(moduleUrl as string)) as Record<string, (args: unknown) => unknown>;
const fn = mod[exportName as string];
if (typeof fn !== "function") throw new Error(`${moduleUrl} has no export ${exportName}`);
const start = process.hrtime.bigint();
const result = await fn(JSON.parse(argsJson ?? "null"));
const wallSeconds = Number(process.hrtime.bigint() - start) / 1e9;
const peakRssMB = process.resourceUsage().maxRSS / 1024;
process.stdout.write(`\n${JSON.stringify({ wallSeconds, peakRssMB, result: result ?? null })}\n`);
