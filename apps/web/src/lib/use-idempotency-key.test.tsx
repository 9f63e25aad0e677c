import { courseListSchema } from "@sidestilt/domain/course.schema";
import { QueryClientProvider, useMutation } from "@tanstack/react-query";
import { act, renderHook } from "@testing-library/react";
import type { ReactNode } from "react";
import { describe, expect, it } from "vitest";
import { json, stubApi } from "../test/fetch-stub.ts";
import { apiRequest } from "./api-client.ts";
import { ApiError, NetworkError } from "./api-error.ts";
import { setCsrfToken } from "./csrf-token.ts";
import { createQueryClient } from "./query-client.ts";
import { createIdempotencyKeys, useIdempotencyKey } from "./use-idempotency-key.ts";

const problemOf = (status: number, code: "internal" | "idempotency_in_progress" | "forbidden") =>
  new ApiError(status, { type: "about:blank", title: code, status, code });

describe("createIdempotencyKeys", () => {
  it("keeps the key for a retry of the same input while the outcome is unknown", () => {
    const keys = createIdempotencyKeys();
    const first = keys.keyFor({ title: "Pause" });
    expect(first).toMatch(/^[0-9a-f]{32}$/);
    for (const unknown of [new NetworkError(), problemOf(500, "internal"), problemOf(409, "idempotency_in_progress")]) {
      keys.settle(unknown);
      expect(keys.keyFor({ title: "Pause" })).toBe(first);
    }
  });

  it("takes a new key after a success, a refusal, or with changed input", () => {
    const keys = createIdempotencyKeys();
    const first = keys.keyFor({ title: "Pause" });
    keys.settle(null);
    const second = keys.keyFor({ title: "Pause" });
    expect(second).not.toBe(first);
    keys.settle(problemOf(403, "forbidden"));
    const third = keys.keyFor({ title: "Pause" });
    expect(third).not.toBe(second);
    keys.settle(new NetworkError());
    expect(keys.keyFor({ title: "Lunsj" })).not.toBe(third);
  });
});

describe("useIdempotencyKey in a create mutation", () => {
  it("sends the same key again after a network error and a new one after the success", async () => {
    setCsrfToken("t1");
    const api = stubApi({
      "POST /api/things": [
        () => {
          throw new TypeError("Failed to fetch");
        },
        json(201, { items: [], nextCursor: null }),
      ],
    });
    const queryClient = createQueryClient();
    const wrapper = ({ children }: { children: ReactNode }) => (
      <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
    );
    const { result } = renderHook(
      () => {
        const keys = useIdempotencyKey();
        return useMutation({
          mutationFn: (input: { title: string }) =>
            apiRequest("/api/things", courseListSchema, {
              method: "POST",
              body: input,
              idempotencyKey: keys.keyFor(input),
            }),
          onSettled: (_data, error) => keys.settle(error),
        });
      },
      { wrapper },
    );
    const submit = () => act(() => result.current.mutateAsync({ title: "Pause" }).catch((error: unknown) => error));

    expect(await submit()).toBeInstanceOf(NetworkError);
    await submit();
    await submit();

    const keys = api.calls("POST /api/things").map((request) => request.headers.get("idempotency-key"));
    expect(keys).toHaveLength(3);
    expect(keys[1]).toBe(keys[0]);
    expect(keys[2]).not.toBe(keys[1]);
    expect(keys[2]).toMatch(/^[0-9a-f]{32}$/);
    queryClient.clear();
  });

  it("gives each mounted form its own keys", () => {
    const first = renderHook(() => useIdempotencyKey());
    const second = renderHook(() => useIdempotencyKey());
    const key = first.result.current.keyFor({ title: "Pause" });
    first.rerender();
    expect(first.result.current.keyFor({ title: "Pause" })).toBe(key);
    expect(second.result.current.keyFor({ title: "Pause" })).not.toBe(key);
  });
});
