export function buildSchema(): string;
export const SCHEMA_PATH: string;
export function buildIndexSchema(): string;
export const INDEX_SCHEMA_PATH: string;
