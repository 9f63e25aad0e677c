/**
 * Splits a SQL script into its statements at top-level semicolons, leaving semicolons inside quoted
 * strings, quoted identifiers, dollar-quoted bodies (functions) and comments alone.
 */
export function splitSqlScript(script: string): string[] {
  const statements: string[] = [];
  let start = 0;
  let index = 0;
  const length = script.length;
  while (index < length) {
    const char = script[index];
    const next = script[index + 1];
    if (char === "'" || char === '"') {
      index = script.indexOf(char, index + 1);
      // A doubled quote is an escaped quote: keep scanning.
      while (index !== -1 && script[index + 1] === char) index = script.indexOf(char, index + 2);
      index = index === -1 ? length : index + 1;
    } else if (char === "-" && next === "-") {
      const end = script.indexOf("\n", index);
      index = end === -1 ? length : end + 1;
    } else if (char === "/" && next === "*") {
      const end = script.indexOf("*/", index + 2);
      index = end === -1 ? length : end + 2;
    } else if (char === "$") {
      const tag = /^\$[A-Za-z_]*\$/.exec(script.slice(index))?.[0];
      if (tag) {
        const end = script.indexOf(tag, index + tag.length);
        index = end === -1 ? length : end + tag.length;
      } else {
        index += 1;
      }
    } else if (char === ";") {
      statements.push(script.slice(start, index));
      index += 1;
      start = index;
    } else {
      index += 1;
    }
  }
  statements.push(script.slice(start));
  return statements.map((statement) => statement.trim()).filter((statement) => !isOnlyComments(statement));
}

function isOnlyComments(statement: string): boolean {
  return (
    statement
      .replace(/--[^\n]*/g, "")
      .replace(/\/\*[\s\S]*?\*\//g, "")
      .trim() === ""
  );
}
