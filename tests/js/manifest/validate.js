// Validates one Teams app manifest with Microsoft's @microsoft/app-manifest (schemas bundled, no network).
// Usage: node validate.js path/to/manifest.json
// Prints {"errors":[...]} on stdout; exit code 0 when valid, 1 when the schema reports errors, 2 on a crash.
const { AppManifestUtils } = require('@microsoft/app-manifest');

async function main() {
  const path = process.argv[2];
  if (!path) {
    console.error('usage: node validate.js <manifest.json>');
    process.exit(2);
  }
  let manifest;
  let errors;
  try {
    [manifest, errors] = await AppManifestUtils.readAndValidateTeamsManifest(path);
  } catch (error) {
    // The typed reader rejects some invalid values (e.g. an unknown scope) before the schema check runs:
    // that is a validation failure too, reported the same way.
    manifest = {};
    errors = [String(error && error.message || error)];
  }
  process.stdout.write(JSON.stringify({ manifestVersion: manifest.manifestVersion, errors }) + '\n');
  process.exit(errors.length === 0 ? 0 : 1);
}

main().catch((error) => {
  console.error(String(error && error.stack || error));
  process.exit(2);
});
