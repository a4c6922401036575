export default function zodWithoutJsonSchema(source: string): string;
