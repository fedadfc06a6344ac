/** The parts of Frictionless's `datapackage` (JavaScript, no types of its own) the tests use. */
declare module 'datapackage' {
  export class Resource {
    readonly name: string;
    read(options?: { keyed?: boolean; relations?: boolean; cast?: boolean }): Promise<unknown[]>;
  }
  export class Package {
    static load(descriptor: string | object, options?: { basePath?: string; strict?: boolean }): Promise<Package>;
    readonly valid: boolean;
    readonly errors: Error[];
    readonly resources: Resource[];
    readonly descriptor: Record<string, unknown>;
    getResource(name: string): Resource | null;
  }
}
