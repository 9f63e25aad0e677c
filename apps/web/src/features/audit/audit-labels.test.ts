import { auditActions } from "@sidestilt/domain/audit.schema";
import { describe, expect, it } from "vitest";
import en from "../../i18n/en.json";
import nb from "../../i18n/nb.json";
import nn from "../../i18n/nn.json";
import { auditActionKey } from "./audit-labels.ts";

describe("audit action labels", () => {
  it.each([
    ["nb", nb],
    ["nn", nn],
    ["en", en],
  ])("names every action the API records in %s", (_language, messages) => {
    const labels = messages.audit.actions as Record<string, string>;
    const unnamed = auditActions.filter((action) => !labels[auditActionKey(action)]?.trim());
    expect(unnamed).toEqual([]);
  });

  it("derives the key from the action's words", () => {
    expect(auditActionKey("auth.sign-in-failed")).toBe("authSignInFailed");
    expect(auditActionKey("working-group.member-added")).toBe("workingGroupMemberAdded");
  });
});
