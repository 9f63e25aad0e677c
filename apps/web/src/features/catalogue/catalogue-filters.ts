import { type CatalogueFilterName, catalogueFilterNames } from "@sidestilt/domain/catalogue.schema";

// The catalogue's filters live in the page's URL (GET semantics): a search can be bookmarked, shared
// and gone back to. The form writes them, the page reads them, the API gets the same names. Values are
// passed on as typed: the API validates them (catalogueQuerySchema) and the page shows its answer
// beside the field, so that an edited link explains itself instead of being silently dropped.

/** The filters as they stand in the URL: absent = not filtered. */
export type CatalogueUrlFilters = Partial<Record<CatalogueFilterName, string>>;

/** The filters of a query string: only the catalogue's names, trimmed, without empty ones. */
export function catalogueFiltersFrom(params: URLSearchParams): CatalogueUrlFilters {
  const filters: CatalogueUrlFilters = {};
  for (const name of catalogueFilterNames) {
    const value = params.get(name)?.trim();
    if (value) filters[name] = value;
  }
  return filters;
}

/** The query string of some filters, in a fixed order, so that equal searches have equal URLs. */
export function catalogueSearchParams(filters: CatalogueUrlFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const name of catalogueFilterNames) {
    const value = filters[name]?.trim();
    if (value) params.set(name, value);
  }
  return params;
}

/** The filters a submitted form holds (its fields are named as the filters). */
export function catalogueFiltersOfForm(data: FormData): CatalogueUrlFilters {
  const params = new URLSearchParams();
  for (const name of catalogueFilterNames) {
    const value = data.get(name);
    if (typeof value === "string") params.set(name, value);
  }
  return catalogueFiltersFrom(params);
}

/** How many filters beyond the search text are in use (shown on the collapsed filter panel). */
export const activeFilterCount = (filters: CatalogueUrlFilters): number =>
  catalogueFilterNames.filter((name) => name !== "q" && filters[name]).length;

export const isFiltered = (filters: CatalogueUrlFilters): boolean => catalogueFilterNames.some((name) => filters[name]);

export function isCatalogueFilterName(field: string): field is CatalogueFilterName {
  return (catalogueFilterNames as readonly string[]).includes(field);
}
