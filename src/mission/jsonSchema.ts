/** The JSON Schema editors use to autocomplete and validate mission scripts, made from the zod schema. */
import { z } from 'zod';
import { MissionScriptSchema } from './schema';

export function missionJsonSchemaText(): string {
  const schema = z.toJSONSchema(MissionScriptSchema, { io: 'input', unrepresentable: 'any' });
  const withMeta = {
    ...schema,
    title: 'Shutdown mission script',
    description:
      'A mission for the Shutdown game. Generated from src/mission/schema.ts by `npm run gen:schema`; do not edit by hand.',
  };
  return `${JSON.stringify(withMeta, null, 2)}\n`;
}
