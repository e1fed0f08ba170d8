/** `npm run gen:schema`: writes missions/mission.schema.json from the zod schema. */
import { writeFileSync } from 'node:fs';
import { missionJsonSchemaText } from '../mission/jsonSchema';

const target = new URL('../../missions/mission.schema.json', import.meta.url);
writeFileSync(target, missionJsonSchemaText());
console.log(`wrote ${target.pathname}`);
