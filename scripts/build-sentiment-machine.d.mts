export const SENTIMENT_MACHINE_FILE: string;
export function packMachine(json: string): { packed: string; ids: number[] };
export function sentimentMachineSource(): string;
