import { describe, expect, it } from "vitest";
import {
  activeFilterCount,
  catalogueFiltersFrom,
  catalogueFiltersOfForm,
  catalogueSearchParams,
  isFiltered,
} from "./catalogue-filters.ts";

describe("the catalogue's filters in the URL", () => {
  it("reads only the catalogue's filters, trimmed, and drops empty ones", () => {
    const params = new URLSearchParams("q=%20diabetes%20&format=DIGITAL&region=&utm_source=mail&to=2031-05-01");
    expect(catalogueFiltersFrom(params)).toEqual({ q: "diabetes", format: "DIGITAL", to: "2031-05-01" });
    expect(catalogueFiltersFrom(new URLSearchParams())).toEqual({});
  });

  it("writes them in a fixed order, so that equal searches have equal URLs", () => {
    const a = catalogueSearchParams({ to: "2031-05-01", q: "kols", unit: "u1" });
    const b = catalogueSearchParams({ unit: "u1", q: "kols", to: "2031-05-01" });
    expect(a.toString()).toBe("q=kols&unit=u1&to=2031-05-01");
    expect(b.toString()).toBe(a.toString());
    expect(catalogueSearchParams({ q: "  ", diagnosis: "" }).toString()).toBe("");
  });

  it("round-trips through the URL, with Norwegian letters and spaces", () => {
    const filters = { q: "pårørende demens", municipality: "Målselv", diagnosis: "Diabetes type 2" };
    expect(catalogueFiltersFrom(new URLSearchParams(catalogueSearchParams(filters).toString()))).toEqual(filters);
  });

  it("takes a submitted form's fields by their names", () => {
    const data = new FormData();
    data.set("q", "KOLS ");
    data.set("format", "");
    data.set("targetGroup", "RELATIVES");
    data.set("somethingElse", "x");
    expect(catalogueFiltersOfForm(data)).toEqual({ q: "KOLS", targetGroup: "RELATIVES" });
  });

  it("counts the filters in use beside the search text", () => {
    expect(activeFilterCount({ q: "kols" })).toBe(0);
    expect(activeFilterCount({ q: "kols", format: "DIGITAL", from: "2031-01-01" })).toBe(2);
    expect(isFiltered({})).toBe(false);
    expect(isFiltered({ q: "kols" })).toBe(true);
  });
});
