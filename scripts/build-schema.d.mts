export function buildSchema(): string;
export const SCHEMA_PATH: string;
