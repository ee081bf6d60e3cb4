// Stands in for the `server-only` package under Vitest: the real one throws when imported outside a React Server
// Components build, and every use case imports it. The integration config aliases `server-only` to this file.
export {};
