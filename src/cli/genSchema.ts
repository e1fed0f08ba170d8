/** `npm run gen:schema`: writes missions/mission.schema.json from the zod schema. */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { missionJsonSchemaText } from '../mission/jsonSchema';

// npm runs scripts from the package root.
const target = resolve(process.cwd(), 'missions/mission.schema.json');
writeFileSync(target, missionJsonSchemaText());
console.log(`wrote ${target}`);
